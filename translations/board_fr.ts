<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="60"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="61"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="62"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="63"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="64"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="67"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="68"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="69"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="70"/>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="71"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="72"/>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="73"/>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="74"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="77"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="78"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="79"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="81"/>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="83"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="84"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="85"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="86"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="87"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="225"/>
        <source>Name in Arabic or Latin script, then Enter</source>
        <translation>Nom en écriture arabe ou latine, puis Entrée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="226"/>
        <source>Find a participant to sign in</source>
        <translation>Chercher un participant pour l’émargement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="231"/>
        <source>&amp;Sign in:</source>
        <translation>&amp;Émargement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="235"/>
        <source>Matching participants</source>
        <translation>Participants correspondants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="239"/>
        <source>Last sign-in</source>
        <translation>Dernier émargement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="242"/>
        <source>Newcomer&apos;s name</source>
        <translation>Nom du nouveau venu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="244"/>
        <source>Newcomer&apos;s organisation</source>
        <translation>Organisme du nouveau venu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="246"/>
        <source>Newcomer&apos;s stakeholder group</source>
        <translation>Groupe d’acteurs du nouveau venu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="248"/>
        <source>Newcomer&apos;s gender</source>
        <translation>Genre du nouveau venu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="249"/>
        <source>&amp;Add and sign in</source>
        <translation>&amp;Ajouter et émarger</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="253"/>
        <source>Newcomer</source>
        <translation>Nouveau venu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="256"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="257"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="258"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="259"/>
        <source>G&amp;ender:</source>
        <translation>G&amp;enre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="272"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="283"/>
        <source>A&amp;ttendance (F2 changes the status):</source>
        <translation>P&amp;résences (F2 change le statut)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="285"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="287"/>
        <source>Invite the people of a CSV or XLSX list to this meeting</source>
        <translation>Inviter à cette réunion les personnes d’une liste CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="298"/>
        <source>Attendance by status</source>
        <translation>Présences par statut</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="299"/>
        <source>Attendance by stakeholder group</source>
        <translation>Présences par groupe d’acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="300"/>
        <source>Attendance by gender</source>
        <translation>Présences par genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="305"/>
        <source>Who came</source>
        <translation>Qui est venu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="309"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="310"/>
        <source>By group:</source>
        <translation>Par groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="311"/>
        <source>By gender:</source>
        <translation>Par genre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="399"/>
        <source>%1 is already signed in.</source>
        <translation>%1 a déjà émargé.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="402"/>
        <source>%1 signed in.</source>
        <translation>%1 a émargé.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="412"/>
        <source>%1 is not in the directory: add them as a newcomer.</source>
        <translation>%1 n’est pas dans l’annuaire&#xa0;: ajoutez cette personne comme nouveau venu.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="422"/>
        <source>Sign in %1</source>
        <translation>Émargement de %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="424"/>
        <source>Attendance of %1</source>
        <translation>Présence de %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="441"/>
        <source>Add newcomer %1</source>
        <translation>Ajout du nouveau venu %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="455"/>
        <source>%1 added and signed in.</source>
        <translation>%1 ajouté et émargé.</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="54"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="55"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="56"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="57"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="58"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="59"/>
        <source>Stakeholder group</source>
        <translation>Groupe d’acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="60"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="61"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="62"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="63"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="64"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="65"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="67"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="68"/>
        <source>Already in the directory</source>
        <translation>Déjà dans l’annuaire</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="69"/>
        <source>Repeated: {reason}</source>
        <translation>Répété&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="70"/>
        <source>Rejected: {reason}</source>
        <translation>Rejeté&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="117"/>
        <location filename="../ogpdesk/ui/participant_import.py" line="196"/>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="120"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="121"/>
        <source>A CSV or XLSX file</source>
        <translation>Un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="123"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="125"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="128"/>
        <source>How the file was read</source>
        <translation>Comment le fichier a été lu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="131"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="144"/>
        <source>Preview of the rows</source>
        <translation>Aperçu des lignes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="148"/>
        <source>&amp;Preview:</source>
        <translation>A&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="152"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="156"/>
        <source>Rows left out and why</source>
        <translation>Lignes écartées et pourquoi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="158"/>
        <source>&amp;Rows left out and why:</source>
        <translation>&amp;Lignes écartées et pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="165"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="198"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes de participants (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="220"/>
        <source>Reading the participants…</source>
        <translation>Lecture des participants…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="245"/>
        <source>Read as %1, %2 rows</source>
        <translation>Lu comme %1, %2 lignes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="253"/>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="255"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="283"/>
        <source>%1 new, %2 already in the directory, %3 repeated in the file, %4 rejected.</source>
        <translation>%1 nouveaux, %2 déjà dans l’annuaire, %3 répétés dans le fichier, %4 rejetés.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="301"/>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="306"/>
        <source>Rejected rows: %1</source>
        <translation>Lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="307"/>
        <source>Repeated in the file, imported once: %1</source>
        <translation>Répétées dans le fichier, importées une fois&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="308"/>
        <source>Values left empty: %1</source>
        <translation>Valeurs laissées vides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="319"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="319"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="353"/>
        <source>Import participants from %1</source>
        <translation>Importer les participants de %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="371"/>
        <source>Importing the participants…</source>
        <translation>Import des participants…</translation>
    </message>
</context>
<context>
    <name>RecommendationsBoard</name>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="62"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="63"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="64"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="67"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="68"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="69"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="70"/>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="71"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="72"/>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="75"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="76"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="77"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="78"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="79"/>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="80"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="81"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="82"/>
        <source>From</source>
        <translation>Issue de</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="83"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="88"/>
        <source>Merged into no. {number}</source>
        <translation>Fusionnée dans la n°&#xa0;{number}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="376"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="396"/>
        <source>&amp;Whole process</source>
        <translation>&amp;Tout le processus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="398"/>
        <source>Show the recommendations of every meeting of this meeting&apos;s process</source>
        <translation>Afficher les recommandations de toutes les réunions du processus de cette réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="401"/>
        <source>Show &amp;merged</source>
        <translation>Afficher les &amp;fusionnées</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="405"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="407"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="409"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="410"/>
        <source>Split…</source>
        <translation>Scinder…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="411"/>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="413"/>
        <source>Link to an intervention…</source>
        <translation>Lier à une intervention…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="416"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="433"/>
        <source>Interventions this recommendation stems from</source>
        <translation>Interventions dont est issue cette recommandation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="435"/>
        <source>&amp;Stems from:</source>
        <translation>&amp;Issue de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="560"/>
        <source>Status of recommendation %1</source>
        <translation>Statut de la recommandation %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="562"/>
        <source>Edit recommendation %1</source>
        <translation>Modifier la recommandation %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="576"/>
        <source>Adopt recommendations</source>
        <translation>Adopter des recommandations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="589"/>
        <source>Merge recommendations %1 and %2</source>
        <translation>Fusionner les recommandations %1 et %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="614"/>
        <source>Split recommendation %1</source>
        <translation>Scinder la recommandation %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="655"/>
        <source>Move recommendation %1</source>
        <translation>Déplacer la recommandation %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="687"/>
        <source>Link recommendation %1 to an intervention</source>
        <translation>Lier la recommandation %1 à une intervention</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="702"/>
        <source>Unlink recommendation %1 from an intervention</source>
        <translation>Délier la recommandation %1 d’une intervention</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="308"/>
        <source>Link to an intervention</source>
        <translation>Lier à une intervention</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="311"/>
        <source>Filter interventions</source>
        <translation>Filtrer les interventions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="312"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="315"/>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="73"/>
        <source>Name, then Enter (Ctrl+H)</source>
        <translation>Nom, puis Entrée (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="74"/>
        <source>Raise a hand for</source>
        <translation>Demande de parole pour</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="84"/>
        <source>Raise a &amp;hand:</source>
        <translation>Demander la &amp;parole&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="91"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="92"/>
        <source>Time limit per speaker, in seconds</source>
        <translation>Temps de parole maximal par intervenant, en secondes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="94"/>
        <source>Time &amp;limit:</source>
        <translation>&amp;Temps maximal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="98"/>
        <source>Speaking now</source>
        <translation>Parle maintenant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="101"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="108"/>
        <source>Waiting to speak</source>
        <translation>En attente de parole</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="110"/>
        <source>&amp;Waiting:</source>
        <translation>En &amp;attente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="114"/>
        <source>Time each person spoke</source>
        <translation>Temps de parole de chacun</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="115"/>
        <source>Time &amp;spoken:</source>
        <translation>Temps de parole &amp;cumulé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="119"/>
        <source>Raise a hand</source>
        <translation>Demande de parole</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="122"/>
        <source>Next speaker</source>
        <translation>Intervenant suivant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="127"/>
        <source>End turn</source>
        <translation>Fin de l’intervention</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="128"/>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="129"/>
        <source>Remove from queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="132"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="134"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="254"/>
        <source>Speaking time of %1</source>
        <translation>Temps de parole de %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="273"/>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="276"/>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ogpdesk/ui/speakers.py" line="299"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n prise de parole</numerusform>
            <numerusform>%n prises de parole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="276"/>
        <source>Split recommendation %1</source>
        <translation>Scinder la recommandation %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="282"/>
        <source>&amp;First part</source>
        <translation>&amp;Première partie</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="284"/>
        <source>&amp;Second part</source>
        <translation>&amp;Seconde partie</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="286"/>
        <source>First part</source>
        <translation>Première partie</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="287"/>
        <source>Second part</source>
        <translation>Seconde partie</translation>
    </message>
</context>
</TS>
