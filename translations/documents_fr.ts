<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Document</name>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="23" />
        <source>Action items follow-up</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="24" />
        <source>All meetings</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="25" />
        <source>Situation on {date}</source>
        <translation>Situation au {date}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="26" />
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="27" />
        <source>Open actions</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="28" />
        <source>Completed actions</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="29" />
        <location filename="../ogpdesk/documents/attendance.py" line="26" />
        <location filename="../ogpdesk/documents/minutes.py" line="70" />
        <location filename="../ogpdesk/documents/recommendations.py" line="40" />
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="30" />
        <location filename="../ogpdesk/documents/minutes.py" line="84" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="31" />
        <location filename="../ogpdesk/documents/minutes.py" line="85" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="32" />
        <location filename="../ogpdesk/documents/minutes.py" line="86" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="33" />
        <location filename="../ogpdesk/documents/minutes.py" line="56" />
        <location filename="../ogpdesk/documents/recommendations.py" line="35" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="34" />
        <location filename="../ogpdesk/documents/recommendations.py" line="44" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="35" />
        <location filename="../ogpdesk/documents/attendance.py" line="35" />
        <location filename="../ogpdesk/documents/minutes.py" line="66" />
        <location filename="../ogpdesk/documents/recommendations.py" line="45" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="36" />
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="24" />
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="25" />
        <source>Attendance list</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="27" />
        <source>Name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="28" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="29" />
        <source>Group</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="30" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="31" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="32" />
        <location filename="../ogpdesk/documents/minutes.py" line="87" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="33" />
        <location filename="../ogpdesk/documents/minutes.py" line="62" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="34" />
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="86" />
        <source>Awareness session</source>
        <translation>Journée de sensibilisation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="87" />
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="88" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="89" />
        <source>Co-creation meeting</source>
        <translation>Réunion de co-création</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="90" />
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="91" />
        <source>Quarterly review meeting</source>
        <translation>Réunion trimestrielle de suivi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="92" />
        <source>Public hearing</source>
        <translation>Audience publique</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="93" />
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="94" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="95" />
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="96" />
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="97" />
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="98" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="99" />
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="100" />
        <source>Citizens</source>
        <translation>Citoyens</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="101" />
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="102" />
        <source>Academics</source>
        <translation>Universitaires</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="103" />
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="104" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="105" />
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="106" />
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="107" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="108" />
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="109" />
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="110" />
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="111" />
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="112" />
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="113" />
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="114" />
        <source>Debate</source>
        <translation>Débat</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="115" />
        <source>Decision point</source>
        <translation>Point de décision</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="116" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="117" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="118" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="119" />
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="120" />
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="121" />
        <location filename="../ogpdesk/documents/locale.py" line="126" />
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="122" />
        <source>Implemented</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="123" />
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="124" />
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="125" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="127" />
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="128" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="186" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="53" />
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="54" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="55" />
        <location filename="../ogpdesk/documents/recommendations.py" line="47" />
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="57" />
        <location filename="../ogpdesk/documents/recommendations.py" line="48" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="58" />
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="59" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="60" />
        <source>Chair</source>
        <translation>Présidence de séance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="61" />
        <source>Secretary</source>
        <translation>Secrétariat de séance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="63" />
        <source>Stakeholder group</source>
        <translation>Catégorie d'acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="64" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="65" />
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="67" />
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="68" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="69" />
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="71" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="72" />
        <source>Presenter</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="73" />
        <source>Proceedings</source>
        <translation>Déroulement de la séance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="74" />
        <source>Opening and general remarks</source>
        <translation>Ouverture et remarques générales</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="75" />
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="77" />
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="78" />
        <source>Recommendation {number}:</source>
        <translation>Recommandation {number} :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="79" />
        <location filename="../ogpdesk/documents/recommendations.py" line="37" />
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="80" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="81" />
        <source>Decision {number}:</source>
        <translation>Décision {number} :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="82" />
        <source>Vote: {for} for, {against} against, {abstain} abstentions.</source>
        <translation>Vote : {for} pour, {against} contre, {abstain} abstentions.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="83" />
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="88" />
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="89" />
        <source>APPROVED</source>
        <translation>APPROUVÉ</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="90" />
        <source>Approved on {date} · SHA-256 {short}…</source>
        <translation>Approuvé le {date} · SHA-256 {short}…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="91" />
        <source>These minutes were approved on {date}. SHA-256 fingerprint of their content: {digest}</source>
        <translation>Ce procès-verbal a été approuvé le {date}. Empreinte SHA-256 de son contenu : {digest}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="95" />
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="96" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="31" />
        <source>Recommendations report</source>
        <translation>Rapport des recommandations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="32" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="33" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="34" />
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="36" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="38" />
        <source>High priority</source>
        <translation>Priorité haute</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="39" />
        <source>Adopted or further</source>
        <translation>Adoptées ou plus avancées</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="41" />
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="42" />
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="43" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="46" />
        <source>No recommendation has been recorded yet.</source>
        <translation>Aucune recommandation n'a encore été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="46" />
        <source>There is no document of kind “{kind}”. Known kinds: {known}.</source>
        <translation>Il n'existe pas de document de type « {kind} ». Types connus : {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="49" />
        <source>Cannot write “{path}”: the file name must end in {known}.</source>
        <translation>Impossible d'écrire « {path} » : le nom du fichier doit se terminer par {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="52" />
        <source>Documents exist in {known}, not in “{lang}”.</source>
        <translation>Les documents existent en {known}, pas en « {lang} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="53" />
        <source>The {kind} document is made for one meeting: name it with --meeting.</source>
        <translation>Le document {kind} porte sur une réunion : indiquez-la avec --meeting.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="56" />
        <source>The {kind} document needs a meeting (--meeting) or a process (--process).</source>
        <translation>Le document {kind} demande une réunion (--meeting) ou un processus (--process).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="59" />
        <source>Cannot write “{path}”: its folder does not exist.</source>
        <translation>Impossible d'écrire « {path} » : son dossier n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="60" />
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Impossible d'écrire « {path} » : {reason}</translation>
    </message>
</context>
</TS>