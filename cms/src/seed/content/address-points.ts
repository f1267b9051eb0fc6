/**
 * The demo city's address points: public City of Alexandria facilities, in the CSV format of
 * `npm run import:addresses` (README, "Address points"). The coordinates were read off public maps
 * and are approximate (within about 100 m): enough for the demo's suggestions and inside-city
 * check, not a survey. A real city imports its own address file, which replaces these.
 */
export const demoAddressCsv = `id,address,lat,long,name
city-hall,301 King St,38.8048,-77.0432,City Hall
courthouse,520 King St,38.8049,-77.0464,Courthouse
beatley-library,5005 Duke St,38.8131,-77.1125,Beatley Central Library
barrett-library,717 Queen St,38.8078,-77.0463,Barrett Branch Library
duncan-library,2501 Commonwealth Ave,38.8338,-77.0589,Duncan Branch Library
burke-library,4701 Seminary Rd,38.8305,-77.1093,Burke Branch Library
chinquapin,3210 King St,38.8186,-77.0876,Chinquapin Park Recreation Center
charles-houston,901 Wythe St,38.8119,-77.0478,Charles Houston Recreation Center
lee-center,1108 Jefferson St,38.7985,-77.0545,Lee Center
mount-vernon-rec,2701 Commonwealth Ave,38.8362,-77.0601,Mount Vernon Recreation Center
patrick-henry-rec,4653 Taney Ave,38.8218,-77.1128,Patrick Henry Recreation Center
william-ramsay-rec,5650 Sanger Ave,38.8230,-77.1290,William Ramsay Recreation Center
police-hq,3600 Wheeler Ave,38.8073,-77.0865,Police Headquarters
torpedo-factory,105 N Union St,38.8050,-77.0396,Torpedo Factory Art Center
gadsbys-tavern,134 N Royal St,38.8055,-77.0441,Gadsby's Tavern Museum
black-history-museum,902 Wythe St,38.8123,-77.0483,Alexandria Black History Museum
fort-ward,4301 W Braddock Rd,38.8300,-77.1023,Fort Ward Museum and Historic Site
`;
