import type { DepartmentSeed } from '../types';
import { heading, listItems, paragraphs } from './blocks';

/**
 * The demo department, modelled on the City of Alexandria's Information Technology Services
 * department page (facts only; the wording is our own). Division keys are shared by both locales
 * and are what service forms point at through `divisionKey`.
 */
export const departments: DepartmentSeed[] = [
  {
    slug: 'information-technology-services',
    locales: {
      en: {
        name: 'Information Technology Services',
        summary:
          'Information Technology Services (ITS) runs the technology the whole City shares: the networks, computers, business systems, maps and online services that City staff use to serve residents and businesses.',
        body: [
          ...paragraphs(
            'ITS is the central technology department of the City of Alexandria. It operates the City’s information technology services, supports the people who use them, and looks after the equipment and networks underneath. Other departments rely on ITS so they can focus on their own work.',
            'The department is set up to be flexible and efficient. It manages day-to-day technology operations and decides, together with other departments, where the City invests in technology. Every project should support the City’s strategic goals, its business processes and the information needs of the organization as a whole.',
          ),
          heading('How ITS is organized'),
          ...paragraphs(
            'ITS has eight divisions, listed below. They cover everything from the Help Desk and the City network to the City website, map data and information security. If you are not sure which division can help you, contact the department and we will point you to the right team.',
          ),
        ],
        goals: listItems(
          'Manage the City’s information and technology assets well, so that every department gets better support and better services.',
          'Lower costs where it is practical, while getting more value out of the technology services the City pays for.',
          'Meet the business needs of City departments with technology solutions that fit the City’s strategic direction and goals.',
          'Be careful stewards of technology projects by following industry-standard project management practices, breaking down silos between departments and grouping technology investments into portfolios by function.',
          'Keep improving the quality and amount of electronic information and services, and make them easier to reach for residents, businesses and City staff.',
          'Where practical, carry out technology projects jointly with City government, the Alexandria Library and Alexandria City Public Schools.',
        ),
        divisions: [
          {
            key: 'administrative-services',
            name: 'Administrative Services',
            summary: 'Handles the business side of the department: its staff, its administration and its money.',
            responsibilities: listItems(
              'Human resources for ITS employees',
              'Administrative management of the department',
              'Financial management, including department purchasing and invoices',
            ),
          },
          {
            key: 'enterprise-business-systems',
            name: 'Enterprise Business Systems Support',
            summary:
              'Brings applications support and database management together in one group. City programming and database administration are managed centrally here.',
            responsibilities: listItems(
              'Supporting the City’s business applications',
              'Administering the City’s enterprise databases',
              'Setting data standards so that information is recorded the same way across departments',
              'Connecting systems so they can share and exchange information',
            ),
          },
          {
            key: 'information-security',
            name: 'Information Security Office',
            summary: 'Protects the City’s systems and information through security policies and procedures that apply to every department.',
            responsibilities: listItems(
              'Assessing security risks to City systems and data',
              'Writing citywide information security policies and procedures',
              'Putting those policies into practice across the City',
              'Reviewing and updating the policies as threats change',
            ),
          },
          {
            key: 'operations',
            name: 'Operations',
            summary: 'Made up of three sections, Help Desk, Telecommunications Systems and Operations, that keep daily technology services running.',
            responsibilities: listItems(
              'Help Desk: technical support and customer service for the people who use City computers and systems',
              'Telecommunications Systems: planning the City’s telephone and communication systems, fixing day-to-day problems, installing equipment, and coordinating construction, office moves and relocations',
              'Operations: running scheduled production jobs, backing up City data and restoring it when needed',
            ),
          },
          {
            key: 'network-management',
            name: 'Network Management',
            summary: 'Runs the networks and central servers that connect City buildings and staff.',
            responsibilities: listItems(
              'Managing the Institutional Network (I-Net) that links City facilities',
              'Running the City’s email systems',
              'Managing enterprise servers, including planned server replacement',
              'Keeping City sites and systems connected',
            ),
          },
          {
            key: 'project-portfolio',
            name: 'Enterprise Project Portfolio Management',
            summary: 'The City’s central Project Management Office (PMO) for technology investments.',
            responsibilities: listItems(
              'Planning, managing and reviewing the City’s technology capital projects',
              'Managing complex technology purchases',
              'Budgeting and financial management for technology projects',
            ),
          },
          {
            key: 'gis',
            name: 'Geographic Information Systems (GIS)',
            summary: 'Creates and shares the City’s map-based data, map applications and spatial analysis.',
            responsibilities: listItems(
              'Building and maintaining the City’s map data',
              'Sharing map data with the public, businesses and other agencies',
              'Developing interactive map applications',
              'Providing mapping and analysis services to City departments',
            ),
          },
          {
            key: 'egov',
            name: 'Electronic Government (eGov)',
            summary: 'Builds and runs the City website and the online services that residents and businesses use.',
            responsibilities: listItems(
              'Technical development and design of the City website',
              'Day-to-day management of the City website',
              'Supporting the many online applications that residents and businesses use to get things done with the City',
            ),
          },
        ],
        documents: [
          {
            title: 'FY2019–FY2028 IT Plan (IT Capital Improvement Program)',
            description: 'The ten-year plan for the City’s technology capital projects and how they will be funded.',
            url: 'https://www.alexandriava.gov/budget/fy2019-fy2028-it-plan-it-capital-improvement-program',
          },
          {
            title: 'ITS Approved FY 2019 Operating Budget',
            description: 'The operating budget approved for Information Technology Services for fiscal year 2019.',
            url: 'https://www.alexandriava.gov/budget/its-approved-fy-2019-operating-budget',
          },
        ],
        contact: {
          phone: '703.746.4357',
          email: 'its@alexandriava.gov',
          address: 'City Hall, 301 King Street, Suite 1900, Alexandria, VA 22314',
          hours: 'Monday to Friday, 8 a.m. to 5 p.m. Closed on City holidays.',
        },
      },
      es: {
        name: 'Servicios de Tecnología de la Información',
        summary:
          'Servicios de Tecnología de la Información (ITS, por sus siglas en inglés) maneja la tecnología que comparte toda la Ciudad: las redes, las computadoras, los sistemas, los mapas y los servicios en línea que el personal de la Ciudad usa para atender a residentes y negocios.',
        body: [
          ...paragraphs(
            'ITS es el departamento central de tecnología de la Ciudad de Alexandria. Opera los servicios de tecnología de la información de la Ciudad, da apoyo a las personas que los usan y cuida los equipos y las redes que los hacen funcionar. Los demás departamentos confían en ITS para poder concentrarse en su propio trabajo.',
            'El departamento está organizado para ser flexible y eficiente. Gestiona el funcionamiento diario de la tecnología y decide, junto con los demás departamentos, en qué tecnología invierte la Ciudad. Cada proyecto debe apoyar las metas estratégicas de la Ciudad, sus procesos de trabajo y las necesidades de información de toda la organización.',
          ),
          heading('Cómo se organiza ITS'),
          ...paragraphs(
            'ITS tiene ocho divisiones, que aparecen abajo. Se encargan de todo: desde la Mesa de Ayuda y la red de la Ciudad hasta el sitio web, los datos de mapas y la seguridad de la información. Si no sabe qué división puede ayudarle, comuníquese con el departamento y le indicaremos el equipo correcto.',
          ),
        ],
        goals: listItems(
          'Administrar bien la información y los recursos tecnológicos de la Ciudad, para que cada departamento reciba mejor apoyo y mejores servicios.',
          'Reducir costos cuando sea práctico y, al mismo tiempo, obtener más valor de los servicios de tecnología que paga la Ciudad.',
          'Responder a las necesidades de los departamentos de la Ciudad con soluciones tecnológicas que estén de acuerdo con la dirección y las metas estratégicas de la Ciudad.',
          'Administrar con cuidado los proyectos de tecnología siguiendo prácticas de gestión de proyectos reconocidas en la industria, eliminando las barreras entre departamentos y agrupando las inversiones en tecnología en portafolios según su función.',
          'Seguir mejorando la calidad y la cantidad de información y servicios electrónicos, y hacer que sean más fáciles de usar para residentes, negocios y personal de la Ciudad.',
          'Cuando sea práctico, realizar proyectos de tecnología en conjunto con el gobierno de la Ciudad, la Biblioteca de Alexandria y las Escuelas Públicas de la Ciudad de Alexandria.',
        ),
        divisions: [
          {
            key: 'administrative-services',
            name: 'Servicios Administrativos',
            summary: 'Se encarga de la parte administrativa del departamento: su personal, su administración y sus finanzas.',
            responsibilities: listItems(
              'Recursos humanos para el personal de ITS',
              'Administración general del departamento',
              'Gestión financiera, incluidas las compras y las facturas del departamento',
            ),
          },
          {
            key: 'enterprise-business-systems',
            name: 'Soporte de Sistemas Corporativos',
            summary:
              'Reúne en un solo grupo el soporte de aplicaciones y la administración de bases de datos. Aquí se gestionan de forma central la programación y la administración de bases de datos de la Ciudad.',
            responsibilities: listItems(
              'Dar soporte a las aplicaciones de trabajo de la Ciudad',
              'Administrar las bases de datos corporativas de la Ciudad',
              'Definir estándares de datos para que todos los departamentos registren la información de la misma manera',
              'Conectar los sistemas para que puedan compartir e intercambiar información',
            ),
          },
          {
            key: 'information-security',
            name: 'Oficina de Seguridad de la Información',
            summary: 'Protege los sistemas y la información de la Ciudad con políticas y procedimientos de seguridad que se aplican en todos los departamentos.',
            responsibilities: listItems(
              'Evaluar los riesgos de seguridad para los sistemas y los datos de la Ciudad',
              'Redactar las políticas y los procedimientos de seguridad de la información para toda la Ciudad',
              'Poner en práctica esas políticas en toda la Ciudad',
              'Revisar y actualizar las políticas a medida que cambian las amenazas',
            ),
          },
          {
            key: 'operations',
            name: 'Operaciones',
            summary: 'Está formada por tres secciones, Mesa de Ayuda, Sistemas de Telecomunicaciones y Operaciones, que mantienen funcionando los servicios de tecnología todos los días.',
            responsibilities: listItems(
              'Mesa de Ayuda: soporte técnico y atención a las personas que usan las computadoras y los sistemas de la Ciudad',
              'Sistemas de Telecomunicaciones: planificar los sistemas de teléfono y comunicaciones de la Ciudad, resolver los problemas diarios, instalar equipos y coordinar obras, mudanzas de oficinas y traslados',
              'Operaciones: ejecutar los procesos de producción programados, hacer copias de seguridad de los datos de la Ciudad y restaurarlos cuando sea necesario',
            ),
          },
          {
            key: 'network-management',
            name: 'Administración de Redes',
            summary: 'Opera las redes y los servidores centrales que conectan los edificios y al personal de la Ciudad.',
            responsibilities: listItems(
              'Administrar la Red Institucional (I-Net) que une las instalaciones de la Ciudad',
              'Operar los sistemas de correo electrónico de la Ciudad',
              'Administrar los servidores corporativos, incluido su reemplazo planificado',
              'Mantener conectados los edificios y los sistemas de la Ciudad',
            ),
          },
          {
            key: 'project-portfolio',
            name: 'Gestión del Portafolio de Proyectos Corporativos',
            summary: 'La Oficina Central de Gestión de Proyectos (PMO, por sus siglas en inglés) de la Ciudad para las inversiones en tecnología.',
            responsibilities: listItems(
              'Planificar, gestionar y evaluar los proyectos de capital de tecnología de la Ciudad',
              'Gestionar las compras de tecnología complejas',
              'Preparar el presupuesto y llevar la gestión financiera de los proyectos de tecnología',
            ),
          },
          {
            key: 'gis',
            name: 'Sistemas de Información Geográfica (GIS)',
            summary: 'Crea y comparte los datos de mapas de la Ciudad, sus aplicaciones de mapas y sus análisis geográficos.',
            responsibilities: listItems(
              'Crear y mantener los datos de mapas de la Ciudad',
              'Compartir los datos de mapas con el público, los negocios y otras agencias',
              'Desarrollar aplicaciones de mapas interactivos',
              'Ofrecer servicios de mapas y análisis a los departamentos de la Ciudad',
            ),
          },
          {
            key: 'egov',
            name: 'Gobierno Electrónico (eGov)',
            summary: 'Crea y opera el sitio web de la Ciudad y los servicios en línea que usan residentes y negocios.',
            responsibilities: listItems(
              'Desarrollo técnico y diseño del sitio web de la Ciudad',
              'Administración diaria del sitio web de la Ciudad',
              'Soporte de las muchas aplicaciones en línea que residentes y negocios usan para hacer trámites con la Ciudad',
            ),
          },
        ],
        documents: [
          {
            title: 'Plan de TI para los años fiscales 2019–2028 (Programa de Mejoras de Capital de TI)',
            description: 'El plan de diez años para los proyectos de capital de tecnología de la Ciudad y cómo se van a financiar. Documento en inglés.',
            url: 'https://www.alexandriava.gov/budget/fy2019-fy2028-it-plan-it-capital-improvement-program',
          },
          {
            title: 'Presupuesto operativo aprobado de ITS para el año fiscal 2019',
            description: 'El presupuesto operativo aprobado para Servicios de Tecnología de la Información en el año fiscal 2019. Documento en inglés.',
            url: 'https://www.alexandriava.gov/budget/its-approved-fy-2019-operating-budget',
          },
        ],
        contact: {
          phone: '703.746.4357',
          email: 'its@alexandriava.gov',
          address: 'City Hall (Alcaldía), 301 King Street, Suite 1900, Alexandria, VA 22314',
          hours: 'De lunes a viernes, de 8:00 a. m. a 5:00 p. m. Cerrado los días feriados de la Ciudad.',
        },
      },
      ar: {
        name: 'إدارة خدمات تكنولوجيا المعلومات',
        summary:
          'تدير إدارة خدمات تكنولوجيا المعلومات (ITS) التقنيات التي تتشاركها المدينة كلها: الشبكات والحواسيب وأنظمة العمل والخرائط والخدمات الإلكترونية التي يستخدمها موظفو المدينة لخدمة السكان والشركات.',
        body: [
          ...paragraphs(
            'إدارة ITS هي الإدارة المركزية للتكنولوجيا في مدينة ألكسندريا. تشغّل خدمات تكنولوجيا المعلومات في المدينة، وتدعم من يستخدمونها، وتعتني بالأجهزة والشبكات التي تقوم عليها. وتعتمد الإدارات الأخرى على ITS لتتفرغ لعملها.',
            'صُممت الإدارة لتكون مرنة وفعّالة. فهي تدير العمليات التقنية اليومية، وتقرر مع الإدارات الأخرى أين تستثمر المدينة في التكنولوجيا. وينبغي لكل مشروع أن يخدم الأهداف الاستراتيجية للمدينة وإجراءات عملها واحتياجات المؤسسة كلها من المعلومات.',
          ),
          heading('كيف تنتظم إدارة ITS'),
          ...paragraphs(
            'لإدارة ITS ثمانية أقسام، مذكورة أدناه. وهي تغطي كل شيء، من مكتب المساعدة وشبكة المدينة إلى موقع المدينة وبيانات الخرائط وأمن المعلومات. إذا لم تكن متأكدًا من القسم الذي يمكنه مساعدتك، فتواصل مع الإدارة وسنوجهك إلى الفريق المناسب.',
          ),
        ],
        goals: listItems(
          'إدارة أصول المدينة من المعلومات والتكنولوجيا إدارة جيدة، لتحصل كل إدارة على دعم أفضل وخدمات أفضل.',
          'خفض التكاليف حيثما أمكن، مع الحصول على قيمة أكبر من خدمات التكنولوجيا التي تدفع المدينة ثمنها.',
          'تلبية احتياجات إدارات المدينة بحلول تقنية تتفق مع توجهات المدينة الاستراتيجية وأهدافها.',
          'الحرص على المشاريع التقنية باتباع الممارسات المعتمدة في إدارة المشاريع، وكسر العزلة بين الإدارات، وتجميع الاستثمارات التقنية في محافظ حسب الوظيفة.',
          'مواصلة تحسين جودة المعلومات والخدمات الإلكترونية وزيادتها، وتسهيل الوصول إليها للسكان والشركات وموظفي المدينة.',
          'تنفيذ المشاريع التقنية، حيثما أمكن، بالاشتراك مع حكومة المدينة ومكتبة ألكسندريا ومدارس مدينة ألكسندريا العامة.',
        ),
        divisions: [
          {
            key: 'administrative-services',
            name: 'الخدمات الإدارية',
            summary: 'يتولى الجانب الإداري للإدارة: موظفيها وإدارتها وأموالها.',
            responsibilities: listItems('الموارد البشرية لموظفي ITS', 'الإدارة الإدارية للإدارة', 'الإدارة المالية، ومنها مشتريات الإدارة وفواتيرها'),
          },
          {
            key: 'enterprise-business-systems',
            name: 'دعم أنظمة العمل المؤسسية',
            summary: 'يجمع دعم التطبيقات وإدارة قواعد البيانات في فريق واحد. وتُدار هنا مركزيًا البرمجة وإدارة قواعد البيانات في المدينة.',
            responsibilities: listItems(
              'دعم تطبيقات العمل في المدينة',
              'إدارة قواعد البيانات المؤسسية للمدينة',
              'وضع معايير للبيانات لكي تُسجَّل المعلومات بالطريقة نفسها في كل الإدارات',
              'ربط الأنظمة لكي تتشارك المعلومات وتتبادلها',
            ),
          },
          {
            key: 'information-security',
            name: 'مكتب أمن المعلومات',
            summary: 'يحمي أنظمة المدينة ومعلوماتها بسياسات وإجراءات أمنية تسري على كل الإدارات.',
            responsibilities: listItems(
              'تقييم المخاطر الأمنية على أنظمة المدينة وبياناتها',
              'كتابة سياسات أمن المعلومات وإجراءاته على مستوى المدينة',
              'تطبيق تلك السياسات في أنحاء المدينة',
              'مراجعة السياسات وتحديثها كلما تغيرت التهديدات',
            ),
          },
          {
            key: 'operations',
            name: 'العمليات',
            summary: 'يتكون من ثلاثة أقسام، مكتب المساعدة وأنظمة الاتصالات والعمليات، تحافظ على سير الخدمات التقنية اليومية.',
            responsibilities: listItems(
              'مكتب المساعدة: الدعم الفني وخدمة العملاء لمستخدمي حواسيب المدينة وأنظمتها',
              'أنظمة الاتصالات: تخطيط أنظمة الهاتف والاتصالات في المدينة، وحل المشكلات اليومية، وتركيب الأجهزة، وتنسيق أعمال البناء ونقل المكاتب',
              'العمليات: تشغيل مهام الإنتاج المجدولة، ونسخ بيانات المدينة احتياطيًا واستعادتها عند الحاجة',
            ),
          },
          {
            key: 'network-management',
            name: 'إدارة الشبكات',
            summary: 'يشغّل الشبكات والخوادم المركزية التي تربط مباني المدينة وموظفيها.',
            responsibilities: listItems(
              'إدارة الشبكة المؤسسية (I-Net) التي تربط مرافق المدينة',
              'تشغيل أنظمة البريد الإلكتروني في المدينة',
              'إدارة الخوادم المؤسسية، ومنها الاستبدال المخطط للخوادم',
              'الحفاظ على اتصال مواقع المدينة وأنظمتها',
            ),
          },
          {
            key: 'project-portfolio',
            name: 'إدارة محفظة المشاريع المؤسسية',
            summary: 'مكتب إدارة المشاريع المركزي (PMO) في المدينة للاستثمارات التقنية.',
            responsibilities: listItems(
              'تخطيط المشاريع الرأسمالية التقنية في المدينة وإدارتها ومراجعتها',
              'إدارة المشتريات التقنية المعقدة',
              'إعداد الميزانيات والإدارة المالية للمشاريع التقنية',
            ),
          },
          {
            key: 'gis',
            name: 'نظم المعلومات الجغرافية (GIS)',
            summary: 'ينشئ بيانات المدينة المعتمدة على الخرائط وتطبيقات الخرائط والتحليل المكاني ويتيحها.',
            responsibilities: listItems(
              'إنشاء بيانات الخرائط في المدينة وصيانتها',
              'إتاحة بيانات الخرائط للجمهور والشركات والجهات الأخرى',
              'تطوير تطبيقات خرائط تفاعلية',
              'تقديم خدمات الخرائط والتحليل لإدارات المدينة',
            ),
          },
          {
            key: 'egov',
            name: 'الحكومة الإلكترونية (eGov)',
            summary: 'يبني موقع المدينة والخدمات الإلكترونية التي يستخدمها السكان والشركات ويشغّلها.',
            responsibilities: listItems(
              'التطوير التقني لموقع المدينة وتصميمه',
              'الإدارة اليومية لموقع المدينة',
              'دعم التطبيقات الإلكترونية الكثيرة التي يستخدمها السكان والشركات لإنجاز معاملاتهم مع المدينة',
            ),
          },
        ],
        documents: [
          {
            title: 'خطة تكنولوجيا المعلومات للسنوات المالية 2019–2028 (برنامج التحسينات الرأسمالية لتكنولوجيا المعلومات)',
            description: 'الخطة العشرية لمشاريع المدينة الرأسمالية في التكنولوجيا وطريقة تمويلها (الوثيقة بالإنجليزية).',
            url: 'https://www.alexandriava.gov/budget/fy2019-fy2028-it-plan-it-capital-improvement-program',
          },
          {
            title: 'ميزانية التشغيل المعتمدة لإدارة ITS للسنة المالية 2019',
            description: 'ميزانية التشغيل المعتمدة لإدارة خدمات تكنولوجيا المعلومات للسنة المالية 2019 (الوثيقة بالإنجليزية).',
            url: 'https://www.alexandriava.gov/budget/its-approved-fy-2019-operating-budget',
          },
        ],
        contact: {
          phone: '703.746.4357',
          email: 'its@alexandriava.gov',
          address: 'City Hall, 301 King Street, Suite 1900, Alexandria, VA 22314',
          hours: 'من الاثنين إلى الجمعة، من 8 صباحًا إلى 5 مساءً. مغلق في عطلات المدينة.',
        },
      },
      am: {
        name: 'የኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች መምሪያ',
        summary:
          'የኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች (ITS) መላው ከተማ የሚጋራውን ቴክኖሎጂ ያስተዳድራል፦ የከተማው ሠራተኞች ነዋሪዎችንና የንግድ ድርጅቶችን ለማገልገል የሚጠቀሙባቸውን ኔትወርኮች፣ ኮምፒውተሮች፣ የሥራ ሥርዓቶች፣ ካርታዎችና የመስመር ላይ አገልግሎቶች።',
        body: [
          ...paragraphs(
            'ITS የአሌክሳንድሪያ ከተማ ማዕከላዊ የቴክኖሎጂ መምሪያ ነው። የከተማውን የኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች ያንቀሳቅሳል፣ ተጠቃሚዎችን ይደግፋል፣ ከሥራቸው ያሉትን መሣሪያዎችና ኔትወርኮች ይንከባከባል። ሌሎች መምሪያዎች በራሳቸው ሥራ ላይ እንዲያተኩሩ በITS ይተማመናሉ።',
            'መምሪያው ተለዋዋጭና ቀልጣፋ እንዲሆን ተዋቅሯል። የዕለት ተዕለት የቴክኖሎጂ ሥራዎችን ያስተዳድራል፤ ከተማው በቴክኖሎጂ የት ኢንቨስት እንደሚያደርግም ከሌሎች መምሪያዎች ጋር ይወስናል። እያንዳንዱ ፕሮጀክት የከተማውን ስትራቴጂያዊ ግቦች፣ የሥራ ሂደቶችና የመላው ድርጅቱን የመረጃ ፍላጎቶች መደገፍ አለበት።',
          ),
          heading('ITS እንዴት እንደተደራጀ'),
          ...paragraphs(
            'ITS ከታች የተዘረዘሩ ስምንት ክፍሎች አሉት። ከእገዛ ዴስክና ከከተማው ኔትወርክ እስከ ከተማው ድር ጣቢያ፣ የካርታ መረጃና የመረጃ ደህንነት ድረስ ሁሉንም ይሸፍናሉ። የትኛው ክፍል ሊረዳዎ እንደሚችል እርግጠኛ ካልሆኑ መምሪያውን ያነጋግሩ፤ ወደ ትክክለኛው ቡድን እንመራዎታለን።',
          ),
        ],
        goals: listItems(
          'እያንዳንዱ መምሪያ የተሻለ ድጋፍና የተሻለ አገልግሎት እንዲያገኝ የከተማውን የመረጃና የቴክኖሎጂ ሀብቶች በአግባቡ ማስተዳደር።',
          'ከተማው ከሚከፍልባቸው የቴክኖሎጂ አገልግሎቶች የበለጠ ጥቅም እያገኘ፣ በሚቻልበት ቦታ ወጪን መቀነስ።',
          'የከተማውን መምሪያዎች የሥራ ፍላጎቶች ከከተማው ስትራቴጂያዊ አቅጣጫና ግቦች ጋር በሚስማሙ የቴክኖሎጂ መፍትሄዎች ማሟላት።',
          'ደረጃውን የጠበቀ የፕሮጀክት አስተዳደር በመከተል፣ በመምሪያዎች መካከል ያለውን መነጣጠል በማስወገድና የቴክኖሎጂ ኢንቨስትመንቶችን በተግባር በማቧደን የቴክኖሎጂ ፕሮጀክቶችን በጥንቃቄ መምራት።',
          'የኤሌክትሮኒክ መረጃዎችንና አገልግሎቶችን ጥራትና ብዛት ማሻሻልን መቀጠል፣ ለነዋሪዎች፣ ለንግድ ድርጅቶችና ለከተማው ሠራተኞችም ይበልጥ ተደራሽ ማድረግ።',
          'በሚቻልበት ቦታ የቴክኖሎጂ ፕሮጀክቶችን ከከተማው መስተዳድር፣ ከአሌክሳንድሪያ ቤተ መጻሕፍትና ከአሌክሳንድሪያ ከተማ የሕዝብ ትምህርት ቤቶች ጋር በጋራ ማከናወን።',
        ),
        divisions: [
          {
            key: 'administrative-services',
            name: 'የአስተዳደር አገልግሎቶች',
            summary: 'የመምሪያውን የሥራ ጎን ይይዛል፦ ሠራተኞቹን፣ አስተዳደሩንና ገንዘቡን።',
            responsibilities: listItems('ለITS ሠራተኞች የሰው ኃይል አስተዳደር', 'የመምሪያው አስተዳደራዊ አመራር', 'የፋይናንስ አስተዳደር፣ የመምሪያውን ግዢዎችና ደረሰኞች ጨምሮ'),
          },
          {
            key: 'enterprise-business-systems',
            name: 'የድርጅት የሥራ ሥርዓቶች ድጋፍ',
            summary: 'የመተግበሪያ ድጋፍንና የዳታቤዝ አስተዳደርን በአንድ ቡድን ያሰባስባል። የከተማው ፕሮግራሚንግና የዳታቤዝ አስተዳደር እዚህ በማዕከል ይመራሉ።',
            responsibilities: listItems(
              'የከተማውን የሥራ መተግበሪያዎች መደገፍ',
              'የከተማውን የድርጅት ዳታቤዞች ማስተዳደር',
              'መረጃ በሁሉም መምሪያዎች በተመሳሳይ መንገድ እንዲመዘገብ የመረጃ ደረጃዎችን ማውጣት',
              'ሥርዓቶች መረጃ እንዲጋሩና እንዲለዋወጡ ማገናኘት',
            ),
          },
          {
            key: 'information-security',
            name: 'የመረጃ ደህንነት ጽሕፈት ቤት',
            summary: 'በሁሉም መምሪያዎች ላይ በሚሠሩ የደህንነት ፖሊሲዎችና አሠራሮች የከተማውን ሥርዓቶችና መረጃዎች ይጠብቃል።',
            responsibilities: listItems(
              'በከተማው ሥርዓቶችና መረጃዎች ላይ ያሉ የደህንነት ስጋቶችን መገምገም',
              'ከተማ አቀፍ የመረጃ ደህንነት ፖሊሲዎችንና አሠራሮችን መጻፍ',
              'እነዚያን ፖሊሲዎች በመላው ከተማ በተግባር ማዋል',
              'ስጋቶች ሲለወጡ ፖሊሲዎቹን መከለስና ማሻሻል',
            ),
          },
          {
            key: 'operations',
            name: 'ኦፕሬሽንስ',
            summary: 'የዕለት ተዕለት የቴክኖሎጂ አገልግሎቶች እንዲቀጥሉ የሚያደርጉ ሦስት ክፍሎች አሉት፦ የእገዛ ዴስክ፣ የቴሌኮሙኒኬሽን ሥርዓቶችና ኦፕሬሽንስ።',
            responsibilities: listItems(
              'የእገዛ ዴስክ፦ የከተማውን ኮምፒውተሮችና ሥርዓቶች ለሚጠቀሙ ሰዎች የቴክኒክ ድጋፍና የደንበኞች አገልግሎት',
              'የቴሌኮሙኒኬሽን ሥርዓቶች፦ የከተማውን የስልክና የመገናኛ ሥርዓቶች ማቀድ፣ የዕለት ተዕለት ችግሮችን መፍታት፣ መሣሪያዎችን መትከል፣ የግንባታና የቢሮ ዝውውሮችን ማስተባበር',
              'ኦፕሬሽንስ፦ የታቀዱ የምርት ሥራዎችን ማስኬድ፣ የከተማውን መረጃ ምትኬ መያዝና ሲያስፈልግ መመለስ',
            ),
          },
          {
            key: 'network-management',
            name: 'የኔትወርክ አስተዳደር',
            summary: 'የከተማውን ሕንፃዎችና ሠራተኞች የሚያገናኙትን ኔትወርኮችና ማዕከላዊ ሰርቨሮች ያንቀሳቅሳል።',
            responsibilities: listItems(
              'የከተማውን ተቋማት የሚያገናኘውን ተቋማዊ ኔትወርክ (I-Net) ማስተዳደር',
              'የከተማውን የኢሜይል ሥርዓቶች ማንቀሳቀስ',
              'የድርጅት ሰርቨሮችን ማስተዳደር፣ የታቀደ የሰርቨር መተካትን ጨምሮ',
              'የከተማው ቦታዎችና ሥርዓቶች እንደተገናኙ እንዲቆዩ ማድረግ',
            ),
          },
          {
            key: 'project-portfolio',
            name: 'የድርጅት የፕሮጀክት ፖርትፎሊዮ አስተዳደር',
            summary: 'ለቴክኖሎጂ ኢንቨስትመንቶች የከተማው ማዕከላዊ የፕሮጀክት አስተዳደር ጽሕፈት ቤት (PMO)።',
            responsibilities: listItems(
              'የከተማውን የቴክኖሎጂ ካፒታል ፕሮጀክቶች ማቀድ፣ ማስተዳደርና መገምገም',
              'ውስብስብ የቴክኖሎጂ ግዢዎችን ማስተዳደር',
              'ለቴክኖሎጂ ፕሮጀክቶች በጀት ማዘጋጀትና የፋይናንስ አስተዳደር',
            ),
          },
          {
            key: 'gis',
            name: 'የጂኦግራፊያዊ መረጃ ሥርዓቶች (GIS)',
            summary: 'የከተማውን በካርታ ላይ የተመሠረቱ መረጃዎች፣ የካርታ መተግበሪያዎችና የቦታ ትንተና ያዘጋጃል፤ ያጋራልም።',
            responsibilities: listItems(
              'የከተማውን የካርታ መረጃ መገንባትና መጠበቅ',
              'የካርታ መረጃን ለሕዝብ፣ ለንግድ ድርጅቶችና ለሌሎች ተቋማት ማጋራት',
              'በይነተገናኝ የካርታ መተግበሪያዎችን ማዘጋጀት',
              'ለከተማው መምሪያዎች የካርታና የትንተና አገልግሎቶችን መስጠት',
            ),
          },
          {
            key: 'egov',
            name: 'ኢ-መንግሥት (eGov)',
            summary: 'የከተማውን ድር ጣቢያና ነዋሪዎችና የንግድ ድርጅቶች የሚጠቀሙባቸውን የመስመር ላይ አገልግሎቶች ይገነባል፤ ያንቀሳቅሳልም።',
            responsibilities: listItems(
              'የከተማውን ድር ጣቢያ ቴክኒካዊ ልማትና ንድፍ',
              'የከተማውን ድር ጣቢያ የዕለት ተዕለት አስተዳደር',
              'ነዋሪዎችና የንግድ ድርጅቶች ከከተማው ጋር ጉዳያቸውን ለመፈጸም የሚጠቀሙባቸውን ብዙ የመስመር ላይ መተግበሪያዎች መደገፍ',
            ),
          },
        ],
        documents: [
          {
            title: 'የ2019–2028 በጀት ዓመታት የIT ዕቅድ (የIT ካፒታል ማሻሻያ ፕሮግራም)',
            description: 'ለከተማው የቴክኖሎጂ ካፒታል ፕሮጀክቶችና እንዴት እንደሚሸፈኑ የአሥር ዓመት ዕቅድ (ሰነዱ በእንግሊዝኛ ነው)።',
            url: 'https://www.alexandriava.gov/budget/fy2019-fy2028-it-plan-it-capital-improvement-program',
          },
          {
            title: 'የITS የ2019 በጀት ዓመት የጸደቀ የሥራ ማስኬጃ በጀት',
            description: 'ለኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች ለ2019 በጀት ዓመት የጸደቀው የሥራ ማስኬጃ በጀት (ሰነዱ በእንግሊዝኛ ነው)።',
            url: 'https://www.alexandriava.gov/budget/its-approved-fy-2019-operating-budget',
          },
        ],
        contact: {
          phone: '703.746.4357',
          email: 'its@alexandriava.gov',
          address: 'City Hall, 301 King Street, Suite 1900, Alexandria, VA 22314',
          hours: 'ከሰኞ እስከ ዓርብ፣ ከ8:00 a.m. እስከ 5:00 p.m.። በከተማው በዓላት ዝግ ነው።',
        },
      },
    },
  },
];
