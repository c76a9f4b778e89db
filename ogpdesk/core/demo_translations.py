"""Arabic and French versions of the seed demo's texts, made for the demo.

The seeds are in English; a Tunisian secretary hands over minutes in Arabic and French. These
are translations written for the demo (not taken from any source), keyed by the English text
of ``core/demo.py`` they translate, so that the tables there stay readable. The loader looks
each printed text up here: a text added to the demo without its versions fails the load.
"""

from __future__ import annotations

# English → French.
FRENCH: dict[str, str] = {
    # Institutions.
    "KTC of Sfax": "KTC de Sfax",
    "MedCities": "MedCities",
    "Municipality of Kairouan": "Commune de Kairouan",
    "Municipality of M'saken": "Commune de M'saken",
    "M'Saken 2050": "Association M'Saken 2050",
    "Municipality of El Kef": "Commune du Kef",
    "Association TWIZA": "Association TWIZA",
    "Association Joussour": "Association Joussour",
    "Cika Association for Kef Culture": "Association Cika pour la culture au Kef",
    "CD2 Kef Center": "Centre CD2 Kef",
    "National Democratic Institute (NDI)": "National Democratic Institute (NDI)",
    "Independent monitoring body (association)": "Organe de suivi indépendant (association)",
    "Tunisian Republic": "République tunisienne",
    "Ministry of the Interior": "Ministère de l'Intérieur",
    "Governorate of Kairouan": "Gouvernorat de Kairouan",
    "Governorate of Sousse": "Gouvernorat de Sousse",
    "Governorate of El Kef": "Gouvernorat du Kef",
    # Processes.
    "City strategic planning awareness": (
        "Sensibilisation à la planification stratégique des villes"
    ),
    "OGP Local action plan El Kef 2024–2027": "Plan d'action local OGP du Kef 2024–2027",
    # Meetings.
    "Awareness session on city strategic planning — Kairouan": (
        "Séance de sensibilisation à la planification stratégique des villes — Kairouan"
    ),
    "Awareness session on city strategic planning — M'saken": (
        "Séance de sensibilisation à la planification stratégique des villes — M'saken"
    ),
    "Launch of the co-creation of the second action plan": (
        "Lancement de la co-création du deuxième plan d'action"
    ),
    "Co-creation workshop with associations": "Atelier de co-création avec les associations",
    "Co-creation meeting on integrity and accountability": (
        "Réunion de co-création sur l'intégrité et la redevabilité"
    ),
    "Workshop with academics and students (with NDI)": (
        "Atelier avec des universitaires et des étudiants (avec le NDI)"
    ),
    "Online consultation meeting": "Réunion de consultation en ligne",
    "Public presentation of the draft action plan": (
        "Présentation publique du projet de plan d'action"
    ),
    "Quarterly review of the action plan — 2025 Q2": (
        "Réunion trimestrielle de suivi du plan d'action — 2e trimestre 2025"
    ),
    "Quarterly review of the action plan — 2025 Q3": (
        "Réunion trimestrielle de suivi du plan d'action — 3e trimestre 2025"
    ),
    # Agenda items.
    "The experiences of Sousse and Sfax in developing their City Strategy": (
        "Les expériences de Sousse et de Sfax dans l'élaboration de leur stratégie de ville"
    ),
    "Assessment and updating perspectives of the Grand Sfax Strategy": (
        "Évaluation et perspectives d'actualisation de la stratégie du Grand Sfax"
    ),
    "Debate with local and regional authorities and citizens": (
        "Débat avec les autorités locales et régionales et les citoyens"
    ),
    "Recommendations": "Recommandations",
    "Debate with local and central decision-makers, civil society and citizens": (
        "Débat avec les décideurs locaux et centraux, la société civile et les citoyens"
    ),
    "Commitments and next steps": "Engagements et prochaines étapes",
    "The Open Government Partnership and the first action plan of El Kef": (
        "Le Partenariat pour un gouvernement ouvert et le premier plan d'action du Kef"
    ),
    "Priorities of citizens for the second plan": "Priorités des citoyens pour le deuxième plan",
    "Calendar of the consultation": "Calendrier de la consultation",
    "Proposals of the associations": "Propositions des associations",
    "Themes to retain": "Thèmes à retenir",
    "Transparency in transactions and combating corruption": (
        "Transparence des transactions et lutte contre la corruption"
    ),
    "Open government at the local level": "Le gouvernement ouvert au niveau local",
    "Proposals of the students": "Propositions des étudiants",
    "Questions and proposals of citizens": "Questions et propositions des citoyens",
    "The six commitments of the draft plan": "Les six engagements du projet de plan",
    "Remarks of the public": "Remarques du public",
    "Adoption of the plan": "Adoption du plan",
    "Progress report per commitment (matrix)": ("Rapport d'avancement par engagement (matrice)"),
    "Remarks of the committee": "Remarques du comité",
    "Decisions on required actions": "Décisions sur les actions requises",
    # Kairouan's four recommendations (the seed's wording, in French).
    "The need to disseminate this experience for small municipalities in the region": (
        "La nécessité de diffuser cette expérience auprès des petites communes de la région"
    ),
    "To adopt a participative approach between the municipality, the administrations and the "
    "civil society": (
        "Adopter une approche participative entre la commune, les administrations et la "
        "société civile"
    ),
    "Accelerate the introduction of the law of partnership between the public and private "
    "sectors (3P) in order to promote the development of the city": (
        "Accélérer l'adoption de la loi sur le partenariat public-privé (3P) afin de "
        "promouvoir le développement de la ville"
    ),
    "To accelerate the identification of sector working groups and engage in the "
    "implementation of a strategic development plan for the city of Kairouan": (
        "Accélérer la constitution des groupes de travail sectoriels et engager la mise en "
        "œuvre d'un plan stratégique de développement de la ville de Kairouan"
    ),
    # Other recommendations.
    "Support the initiative of the association M'Saken 2050 to coordinate the city strategy "
    "with the civil society, regional authorities, experts, academics and citizens.": (
        "Soutenir l'initiative de l'association M'Saken 2050 visant à coordonner la stratégie "
        "de la ville avec la société civile, les autorités régionales, les experts, les "
        "universitaires et les citoyens."
    ),
    "Seek a better coordination with MedCities, given its experience in the field of "
    "sustainable strategic planning.": (
        "Rechercher une meilleure coordination avec MedCities, compte tenu de son expérience "
        "en matière de planification stratégique durable."
    ),
    "Include a commitment on data, guidance and digital transport tools for people with "
    "disabilities.": (
        "Inscrire un engagement sur les données, l'orientation et les outils numériques de "
        "transport pour les personnes en situation de handicap."
    ),
    "Include a commitment on financial and fiscal transparency.": (
        "Inscrire un engagement sur la transparence financière et fiscale."
    ),
    # Decisions.
    "Local and central decision-makers commit to help the city of M'saken achieve this "
    "strategy by providing technical assistance.": (
        "Les décideurs locaux et centraux s'engagent à aider la ville de M'saken à réaliser "
        "cette stratégie en lui apportant une assistance technique."
    ),
    "Open the consultation online, by the descriptive proposal form at the Municipality and "
    "the new Municipal District of Kef, and through the associations of the steering "
    "committee.": (
        "Ouvrir la consultation en ligne, par le formulaire descriptif de proposition déposé à "
        "la Commune et au nouvel arrondissement municipal du Kef, et par l'intermédiaire des "
        "associations du comité de pilotage."
    ),
    "Submit the second action plan, with its six commitments, to the Open Government "
    "Partnership.": (
        "Soumettre le deuxième plan d'action et ses six engagements au Partenariat pour un "
        "gouvernement ouvert."
    ),
    "Publish the 2025 Q2 progress matrix on the website, the social media pages and the "
    "giant screen of the municipal palace square.": (
        "Publier la matrice d'avancement du 2e trimestre 2025 sur le site web, les pages des "
        "réseaux sociaux et l'écran géant de la place du palais municipal."
    ),
    "Form the extended advisory committee before the end of September 2025.": (
        "Constituer le comité consultatif élargi avant la fin de septembre 2025."
    ),
    "Ask the regional services in writing for the natural resources data.": (
        "Demander par écrit aux services régionaux les données sur les ressources naturelles."
    ),
    "Publish the 2025 Q3 progress matrix on the website, the social media pages and the "
    "giant screen of the municipal palace square.": (
        "Publier la matrice d'avancement du 3e trimestre 2025 sur le site web, les pages des "
        "réseaux sociaux et l'écran géant de la place du palais municipal."
    ),
    # Actions.
    "Provide technical assistance to the city strategy of M'saken (local level)": (
        "Apporter une assistance technique à la stratégie de la ville de M'saken (niveau local)"
    ),
    "Provide technical assistance to the city strategy of M'saken (central level)": (
        "Apporter une assistance technique à la stratégie de la ville de M'saken (niveau central)"
    ),
    "Publish the descriptive proposal form on the website and social media pages": (
        "Publier le formulaire descriptif de proposition sur le site web et les pages des "
        "réseaux sociaux"
    ),
    "Submit the action plan to the OGP": "Soumettre le plan d'action à l'OGP",
    "Publish the 2025 Q2 matrix": "Publier la matrice du 2e trimestre 2025",
    "Appoint the members from East Kef, West Kef and the regional council": (
        "Désigner les membres du Kef Est, du Kef Ouest et du conseil régional"
    ),
    "Start the accessibility survey with the associations": (
        "Lancer l'enquête sur l'accessibilité avec les associations"
    ),
    "Send the letter to the regional services": "Envoyer le courrier aux services régionaux",
    "Publish the complaint figures of the quarter": (
        "Publier les chiffres des plaintes du trimestre"
    ),
    "Publish the 2025 Q3 matrix": "Publier la matrice du 3e trimestre 2025",
    # Commitments.
    "Strengthening participatory democracy and local governance mechanisms": (
        "Renforcer les mécanismes de la démocratie participative et de la gouvernance locale"
    ),
    "Accountability and integrity: transparency in municipal transactions": (
        "Redevabilité et intégrité : transparence des transactions municipales"
    ),
    "Financial and fiscal transparency": "Transparence financière et fiscale",
    "Governance of natural resource management": (
        "Gouvernance de la gestion des ressources naturelles"
    ),
    "Combating corruption": "Lutte contre la corruption",
    "Data, guidance and digital transport tools for people with disabilities": (
        "Données, orientation et outils numériques de transport pour les personnes en "
        "situation de handicap"
    ),
    # Milestones.
    "Extended advisory steering committee formed and first meeting held": (
        "Comité de pilotage consultatif élargi constitué et première réunion tenue"
    ),
    "Quarterly public meetings on the action plan, minutes published": (
        "Réunions publiques trimestrielles sur le plan d'action, procès-verbaux publiés"
    ),
    "Participatory budgeting pilot in one municipal district": (
        "Budget participatif pilote dans un arrondissement municipal"
    ),
    "Open-source tool to follow administrative requests online": (
        "Outil libre de suivi en ligne des demandes administratives"
    ),
    "Municipal contracts and procurement published as open data": (
        "Contrats et marchés publics municipaux publiés en données ouvertes"
    ),
    "Citizen budget 2025 published in Arabic and French": (
        "Budget citoyen 2025 publié en arabe et en français"
    ),
    "Quarterly publication of budget execution": (
        "Publication trimestrielle de l'exécution du budget"
    ),
    "Information campaign on local taxes": "Campagne d'information sur la fiscalité locale",
    "Inventory of water points and green spaces published as open data": (
        "Inventaire des points d'eau et des espaces verts publié en données ouvertes"
    ),
    "Public consultation on a natural resources management charter": (
        "Consultation publique sur une charte de gestion des ressources naturelles"
    ),
    "Complaints and reporting channel with published follow-up figures": (
        "Canal de plaintes et de signalement avec publication des chiffres de suivi"
    ),
    "Integrity training for municipal staff": "Formation à l'intégrité du personnel municipal",
    "Survey of the accessibility of public buildings and bus stops": (
        "Enquête sur l'accessibilité des bâtiments publics et des arrêts de bus"
    ),
    "Open-source digital map of accessible transport and services": (
        "Carte numérique libre des transports et services accessibles"
    ),
    "Public report on service gaps for people with disabilities": (
        "Rapport public sur les lacunes des services pour les personnes en situation de handicap"
    ),
    # El Kef's commitments (problem, objective) and quarterly reviews (challenges, next
    # steps, evidence).
    (
        "Citizens take part in local affairs mostly through the associations of the "
        "steering committee; the elected local councils are not yet represented."
    ): (
        "Les citoyens participent aux affaires locales surtout par les associations "
        "du comité de pilotage ; les conseils locaux élus n'y sont pas encore "
        "représentés."
    ),
    (
        "Open the follow-up of the plan to the local councils of East and West Kef, "
        "the regional council and more associations, and hold regular public "
        "meetings."
    ): (
        "Ouvrir le suivi du plan aux conseils locaux du Kef Est et du Kef Ouest, au "
        "conseil régional et à d'autres associations, et tenir des réunions publiques"
        " régulières."
    ),
    ("Citizens cannot follow their administrative requests or see the municipality's contracts."): (
        "Les citoyens ne peuvent ni suivre leurs demandes administratives ni "
        "consulter les marchés de la commune."
    ),
    "Let every citizen follow a request online, and publish municipal contracts.": (
        "Permettre à chaque citoyen de suivre sa demande en ligne et publier les "
        "marchés municipaux."
    ),
    "The municipal budget and local taxes are hard for citizens to read.": (
        "Le budget municipal et la fiscalité locale sont difficiles à lire pour les citoyens."
    ),
    ("Publish a citizen budget and the budget execution every quarter, and explain local taxes."): (
        "Publier un budget citoyen et l'exécution budgétaire chaque trimestre, et "
        "expliquer la fiscalité locale."
    ),
    (
        "There is no public information on how the municipality manages water, green "
        "spaces and other natural resources."
    ): (
        "Aucune information publique n'existe sur la gestion par la commune de l'eau,"
        " des espaces verts et des autres ressources naturelles."
    ),
    (
        "Publish an inventory of municipal natural resources and agree a management "
        "charter with citizens."
    ): (
        "Publier un inventaire des ressources naturelles de la commune et adopter une"
        " charte de gestion avec les citoyens."
    ),
    "Citizens do not know where to report suspected corruption or what happens next.": (
        "Les citoyens ne savent ni où signaler un soupçon de corruption ni quelle "
        "suite lui est donnée."
    ),
    (
        "Open a complaints and reporting channel with published follow-up, and train "
        "municipal staff in integrity."
    ): (
        "Ouvrir un canal de plaintes et de signalement avec un suivi publié, et "
        "former le personnel municipal à l'intégrité."
    ),
    (
        "People with disabilities lack data on accessible services and transport; the"
        " gaps in services are not documented."
    ): (
        "Les personnes handicapées manquent de données sur les services et les "
        "transports accessibles ; les lacunes des services ne sont pas documentées."
    ),
    (
        "Give people with disabilities data and guidance, and a digital tool that "
        "combines transport information and shows the gaps in services."
    ): (
        "Offrir aux personnes handicapées des données et un accompagnement, ainsi "
        "qu'un outil numérique qui réunit l'information sur les transports et montre "
        "les lacunes des services."
    ),
    "Nominations from East and West Kef not received yet.": (
        "Les candidatures du Kef Est et du Kef Ouest ne sont pas encore parvenues."
    ),
    "Appoint the members and hold the first extended committee meeting.": (
        "Nommer les membres et tenir la première réunion du comité élargi."
    ),
    "Call for applications on the municipality's website": (
        "Appel à candidatures sur le site de la commune"
    ),
    "The IT unit has no developer available.": (
        "L'unité informatique n'a aucun développeur disponible."
    ),
    "Choose an open-source tool.": ("Choisir un outil libre."),
    "Budget figures arrived late from the finance department.": (
        "Les chiffres du budget sont arrivés en retard du service financier."
    ),
    "Publish the citizen budget in September.": ("Publier le budget citoyen en septembre."),
    "Draft citizen budget": ("Projet de budget citoyen"),
    "No data yet on water points and green spaces.": (
        "Pas encore de données sur les points d'eau et les espaces verts."
    ),
    "Ask the technical services for their inventories.": (
        "Demander leurs inventaires aux services techniques."
    ),
    "The complaints channel needs a staff member to answer.": (
        "Le canal de plaintes a besoin d'un agent pour répondre."
    ),
    "Name the person in charge and open the channel.": (
        "Désigner le responsable et ouvrir le canal."
    ),
    "Municipal note on the complaints channel": ("Note municipale sur le canal de plaintes"),
    "Few volunteers for the accessibility survey.": (
        "Peu de bénévoles pour l'enquête sur l'accessibilité."
    ),
    "Start the survey with the associations.": ("Lancer l'enquête avec les associations."),
    "Survey questionnaire": ("Questionnaire de l'enquête"),
    "Public meetings are poorly attended in summer.": (
        "Les réunions publiques sont peu suivies en été."
    ),
    "Prepare the participatory budgeting pilot.": (
        "Préparer le projet pilote de budget participatif."
    ),
    "Minutes of the first extended committee meeting": (
        "Procès-verbal de la première réunion du comité élargi"
    ),
    "Training of staff on the new tool still to plan.": (
        "La formation du personnel au nouvel outil reste à planifier."
    ),
    "Install the tool on the municipal server.": ("Installer l'outil sur le serveur municipal."),
    "Technical specification of the tool": ("Cahier des charges technique de l'outil"),
    "Budget execution tables need a simpler layout.": (
        "Les tableaux d'exécution budgétaire doivent être simplifiés."
    ),
    "Publish the first quarterly budget execution.": (
        "Publier la première exécution budgétaire trimestrielle."
    ),
    "Citizen budget 2025 on the website": ("Budget citoyen 2025 sur le site"),
    "Data from the regional services not received yet.": (
        "Les données des services régionaux ne sont pas encore parvenues."
    ),
    "Write to the regional services.": ("Écrire aux services régionaux."),
    "Follow-up figures not yet published.": ("Les chiffres du suivi ne sont pas encore publiés."),
    "Publish the complaint figures every quarter.": (
        "Publier les chiffres des plaintes chaque trimestre."
    ),
    "Complaints register": ("Registre des plaintes"),
    "Some bus stops are outside the municipal territory.": (
        "Certains arrêts de bus sont hors du territoire communal."
    ),
    "Draw the digital map from the survey.": ("Dresser la carte numérique à partir de l'enquête."),
    "Survey of 40 public buildings and bus stops": (
        "Enquête sur 40 bâtiments publics et arrêts de bus"
    ),
}

# English → Arabic, for the texts whose table row has no Arabic of its own.
ARABIC: dict[str, str] = {
    "Tunisian Republic": "الجمهورية التونسية",
    "Ministry of the Interior": "وزارة الداخلية",
    "Governorate of Kairouan": "ولاية القيروان",
    "Governorate of Sousse": "ولاية سوسة",
    "Governorate of El Kef": "ولاية الكاف",
    # Agenda items.
    "The experiences of Sousse and Sfax in developing their City Strategy": (
        "تجربتا سوسة وصفاقس في إعداد استراتيجية المدينة"
    ),
    "Assessment and updating perspectives of the Grand Sfax Strategy": (
        "تقييم استراتيجية صفاقس الكبرى وآفاق تحيينها"
    ),
    "Debate with local and regional authorities and citizens": (
        "نقاش مع السلط المحلية والجهوية والمواطنين"
    ),
    "Recommendations": "التوصيات",
    "Debate with local and central decision-makers, civil society and citizens": (
        "نقاش مع أصحاب القرار المحليين والمركزيين والمجتمع المدني والمواطنين"
    ),
    "Commitments and next steps": "الالتزامات والخطوات القادمة",
    "The Open Government Partnership and the first action plan of El Kef": (
        "شراكة الحكومة المفتوحة وخطة العمل الأولى لبلدية الكاف"
    ),
    "Priorities of citizens for the second plan": "أولويات المواطنين للخطة الثانية",
    "Calendar of the consultation": "رزنامة الاستشارة",
    "Proposals of the associations": "مقترحات الجمعيات",
    "Themes to retain": "المحاور المعتمدة",
    "Transparency in transactions and combating corruption": (
        "الشفافية في المعاملات ومكافحة الفساد"
    ),
    "Open government at the local level": "الحكومة المفتوحة على المستوى المحلي",
    "Proposals of the students": "مقترحات الطلبة",
    "Questions and proposals of citizens": "أسئلة المواطنين ومقترحاتهم",
    "The six commitments of the draft plan": "الالتزامات الستة لمشروع الخطة",
    "Remarks of the public": "ملاحظات العموم",
    "Adoption of the plan": "المصادقة على الخطة",
    "Progress report per commitment (matrix)": "تقرير التقدم حسب كل التزام (الجدول)",
    "Remarks of the committee": "ملاحظات اللجنة",
    "Decisions on required actions": "القرارات بشأن الإجراءات المطلوبة",
    # Actions.
    "Provide technical assistance to the city strategy of M'saken (local level)": (
        "تقديم المساعدة الفنية لاستراتيجية مدينة مساكن (المستوى المحلي)"
    ),
    "Provide technical assistance to the city strategy of M'saken (central level)": (
        "تقديم المساعدة الفنية لاستراتيجية مدينة مساكن (المستوى المركزي)"
    ),
    "Publish the descriptive proposal form on the website and social media pages": (
        "نشر الاستمارة الوصفية للمقترحات على موقع البلدية وصفحات التواصل الاجتماعي"
    ),
    "Submit the action plan to the OGP": "تقديم خطة العمل إلى شراكة الحكومة المفتوحة",
    "Publish the 2025 Q2 matrix": "نشر جدول الثلاثي الثاني 2025",
    "Appoint the members from East Kef, West Kef and the regional council": (
        "تعيين ممثلي الكاف الشرقية والكاف الغربية والمجلس الجهوي"
    ),
    "Start the accessibility survey with the associations": (
        "إطلاق مسح إمكانية النفاذ بالتعاون مع الجمعيات"
    ),
    "Send the letter to the regional services": "توجيه المراسلة إلى المصالح الجهوية",
    "Publish the complaint figures of the quarter": "نشر أرقام الشكاوى للثلاثي",
    "Publish the 2025 Q3 matrix": "نشر جدول الثلاثي الثالث 2025",
    # Milestones.
    "Extended advisory steering committee formed and first meeting held": (
        "تكوين لجنة القيادة الاستشارية الموسعة وعقد اجتماعها الأول"
    ),
    "Quarterly public meetings on the action plan, minutes published": (
        "اجتماعات عمومية فصلية حول خطة العمل ونشر محاضرها"
    ),
    "Participatory budgeting pilot in one municipal district": (
        "تجربة نموذجية للميزانية التشاركية في دائرة بلدية"
    ),
    "Open-source tool to follow administrative requests online": (
        "أداة مفتوحة المصدر لمتابعة المطالب الإدارية عن بعد"
    ),
    "Municipal contracts and procurement published as open data": (
        "نشر العقود والصفقات البلدية في شكل بيانات مفتوحة"
    ),
    "Citizen budget 2025 published in Arabic and French": (
        "نشر ميزانية المواطن لسنة 2025 بالعربية والفرنسية"
    ),
    "Quarterly publication of budget execution": "النشر الفصلي لتنفيذ الميزانية",
    "Information campaign on local taxes": "حملة إعلامية حول الجباية المحلية",
    "Inventory of water points and green spaces published as open data": (
        "نشر جرد نقاط الماء والمساحات الخضراء في شكل بيانات مفتوحة"
    ),
    "Public consultation on a natural resources management charter": (
        "استشارة عمومية حول ميثاق للتصرف في الموارد الطبيعية"
    ),
    "Complaints and reporting channel with published follow-up figures": (
        "قناة للشكاوى والتبليغ مع نشر أرقام المتابعة"
    ),
    "Integrity training for municipal staff": "تكوين أعوان البلدية في مجال النزاهة",
    "Survey of the accessibility of public buildings and bus stops": (
        "مسح إمكانية النفاذ إلى المباني العمومية ومحطات الحافلات"
    ),
    "Open-source digital map of accessible transport and services": (
        "خريطة رقمية مفتوحة المصدر للنقل والخدمات المهيأة"
    ),
    "Public report on service gaps for people with disabilities": (
        "تقرير عمومي حول النقائص في الخدمات الموجهة للأشخاص ذوي الإعاقة"
    ),
    # El Kef's commitments (problem, objective) and quarterly reviews (challenges, next
    # steps, evidence).
    (
        "Citizens take part in local affairs mostly through the associations of the "
        "steering committee; the elected local councils are not yet represented."
    ): (
        "يشارك المواطنون في الشأن المحلي أساسًا عبر جمعيات لجنة القيادة، ولم تُمثَّل "
        "المجالس المحلية المنتخبة فيها بعد."
    ),
    (
        "Open the follow-up of the plan to the local councils of East and West Kef, "
        "the regional council and more associations, and hold regular public "
        "meetings."
    ): (
        "فتح متابعة الخطة أمام المجلسين المحليين للكاف الشرقية والكاف الغربية والمجلس"
        " الجهوي ومزيد من الجمعيات، وعقد اجتماعات عمومية دورية."
    ),
    ("Citizens cannot follow their administrative requests or see the municipality's contracts."): (
        "لا يستطيع المواطنون متابعة مطالبهم الإدارية ولا الاطلاع على صفقات البلدية."
    ),
    "Let every citizen follow a request online, and publish municipal contracts.": (
        "تمكين كل مواطن من متابعة مطلبه عبر الإنترنت، ونشر الصفقات البلدية."
    ),
    "The municipal budget and local taxes are hard for citizens to read.": (
        "يصعب على المواطنين فهم الميزانية البلدية والجباية المحلية."
    ),
    ("Publish a citizen budget and the budget execution every quarter, and explain local taxes."): (
        "نشر ميزانية المواطن وتنفيذ الميزانية كل ثلاثية، وتبسيط الجباية المحلية للمواطنين."
    ),
    (
        "There is no public information on how the municipality manages water, green "
        "spaces and other natural resources."
    ): (
        "لا تتوفر معلومات عمومية حول تصرّف البلدية في الماء والمساحات الخضراء وسائر "
        "الموارد الطبيعية."
    ),
    (
        "Publish an inventory of municipal natural resources and agree a management "
        "charter with citizens."
    ): ("نشر جرد للموارد الطبيعية البلدية واعتماد ميثاق للتصرف فيها مع المواطنين."),
    "Citizens do not know where to report suspected corruption or what happens next.": (
        "لا يعرف المواطنون أين يبلّغون عن شبهات الفساد ولا ما يترتب على ذلك."
    ),
    (
        "Open a complaints and reporting channel with published follow-up, and train "
        "municipal staff in integrity."
    ): ("إحداث قناة للشكاوى والتبليغ مع نشر متابعتها، وتكوين أعوان البلدية في مجال النزاهة."),
    (
        "People with disabilities lack data on accessible services and transport; the"
        " gaps in services are not documented."
    ): (
        "يفتقر الأشخاص ذوو الإعاقة إلى معطيات حول الخدمات والنقل الميسّرة، والنقائص "
        "في الخدمات غير موثّقة."
    ),
    (
        "Give people with disabilities data and guidance, and a digital tool that "
        "combines transport information and shows the gaps in services."
    ): (
        "توفير المعطيات والإرشاد للأشخاص ذوي الإعاقة، وأداة رقمية تجمع معلومات النقل "
        "وتبيّن النقائص في الخدمات."
    ),
    "Nominations from East and West Kef not received yet.": (
        "لم تصل بعد الترشحات من الكاف الشرقية والكاف الغربية."
    ),
    "Appoint the members and hold the first extended committee meeting.": (
        "تعيين الأعضاء وعقد الاجتماع الأول للجنة الموسّعة."
    ),
    "Call for applications on the municipality's website": ("دعوة للترشح على موقع البلدية"),
    "The IT unit has no developer available.": ("لا يتوفر لدى وحدة الإعلامية أي مطوّر."),
    "Choose an open-source tool.": ("اختيار أداة مفتوحة المصدر."),
    "Budget figures arrived late from the finance department.": (
        "وصلت أرقام الميزانية متأخرة من الإدارة المالية."
    ),
    "Publish the citizen budget in September.": ("نشر ميزانية المواطن في سبتمبر."),
    "Draft citizen budget": ("مشروع ميزانية المواطن"),
    "No data yet on water points and green spaces.": (
        "لا توجد بعد معطيات حول نقاط الماء والمساحات الخضراء."
    ),
    "Ask the technical services for their inventories.": ("مطالبة المصالح الفنية بجرودها."),
    "The complaints channel needs a staff member to answer.": (
        "تحتاج قناة الشكاوى إلى عون يتولى الرد."
    ),
    "Name the person in charge and open the channel.": ("تعيين المسؤول وفتح القناة."),
    "Municipal note on the complaints channel": ("مذكرة بلدية حول قناة الشكاوى"),
    "Few volunteers for the accessibility survey.": ("قلة المتطوعين لاستبيان النفاذية."),
    "Start the survey with the associations.": ("إطلاق الاستبيان مع الجمعيات."),
    "Survey questionnaire": ("استمارة الاستبيان"),
    "Public meetings are poorly attended in summer.": ("ضعف الحضور في الاجتماعات العمومية صيفًا."),
    "Prepare the participatory budgeting pilot.": ("إعداد التجربة النموذجية للميزانية التشاركية."),
    "Minutes of the first extended committee meeting": ("محضر الاجتماع الأول للجنة الموسّعة"),
    "Training of staff on the new tool still to plan.": (
        "تكوين الأعوان على الأداة الجديدة لم يُبرمج بعد."
    ),
    "Install the tool on the municipal server.": ("تركيز الأداة على الخادم البلدي."),
    "Technical specification of the tool": ("كراس الشروط الفنية للأداة"),
    "Budget execution tables need a simpler layout.": ("جداول تنفيذ الميزانية تحتاج إلى تبسيط."),
    "Publish the first quarterly budget execution.": ("نشر أول تنفيذ ثلاثي للميزانية."),
    "Citizen budget 2025 on the website": ("ميزانية المواطن 2025 على الموقع"),
    "Data from the regional services not received yet.": ("لم تصل بعد معطيات المصالح الجهوية."),
    "Write to the regional services.": ("مراسلة المصالح الجهوية."),
    "Follow-up figures not yet published.": ("أرقام المتابعة لم تُنشر بعد."),
    "Publish the complaint figures every quarter.": ("نشر أرقام الشكاوى كل ثلاثية."),
    "Complaints register": ("سجل الشكاوى"),
    "Some bus stops are outside the municipal territory.": (
        "بعض محطات الحافلات خارج المنطقة البلدية."
    ),
    "Draw the digital map from the survey.": ("إعداد الخريطة الرقمية انطلاقًا من الاستبيان."),
    "Survey of 40 public buildings and bus stops": ("استبيان حول 40 مبنى عموميًا ومحطة حافلات"),
}
