<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="405" />
        <source>Imported “{file}” ({encoding}) into “{meeting}”:</source>
        <translation>Import de « {file} » ({encoding}) dans « {meeting} » :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="406" />
        <source>agenda items: {count}</source>
        <translation>points de l’ordre du jour : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="407" />
        <source>interventions: {count}</source>
        <translation>interventions : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="408" />
        <source>recommendations: {count}</source>
        <translation>recommandations : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="409" />
        <source>decisions: {count}</source>
        <translation>décisions : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="410" />
        <source>action items: {count}</source>
        <translation>actions : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="411" />
        <location filename="../ogpdesk/core/participants.py" line="590" />
        <source>new participants: {count}</source>
        <translation>nouveaux participants : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="412" />
        <source>lines kept as notes (no speaker or keyword): {count}, at lines {lines}</source>
        <translation>lignes gardées comme notes (sans orateur ni mot-clé) : {count}, aux lignes {lines}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/notes.py" line="415" />
        <source>The file holds no text; nothing was recorded.</source>
        <translation>Le fichier ne contient aucun texte ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="589" />
        <source>Participants from “{file}” ({format}) for “{meeting}”:</source>
        <translation>Participants de « {file} » ({format}) pour « {meeting} » :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="591" />
        <source>already in the directory: {count}</source>
        <translation>déjà dans l’annuaire : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="592" />
        <source>newly invited to the meeting: {count}</source>
        <translation>nouvellement invités à la réunion : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="593" />
        <source>repeated in the file, imported once: {count}</source>
        <translation>en double dans le fichier, importés une seule fois : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="594" />
        <source>rows rejected: {count}</source>
        <translation>lignes refusées : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="595" />
        <source>values left empty: {count}</source>
        <translation>valeurs laissées vides : {count}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="596" />
        <source>row {row}: {reason}</source>
        <translation>ligne {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="41" />
        <source>expected a date as YYYY-MM-DD</source>
        <translation>date attendue au format AAAA-MM-JJ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="132" />
        <source>Record participatory meetings and export their minutes and reports.</source>
        <translation>Consigner les réunions participatives et en exporter les procès-verbaux et les rapports.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="140" />
        <source>database file or SQLAlchemy URL (default: OGPDESK_DB, then user data)</source>
        <translation>fichier de base de données ou URL SQLAlchemy (par défaut : OGPDESK_DB, puis les données de l’utilisateur)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="147" />
        <source>load the seed demo (Kairouan, M'saken, El Kef)</source>
        <translation>charger la démonstration (Kairouan, M'saken, Le Kef)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="150" />
        <source>list meetings: id, date, kind, city, title</source>
        <translation>lister les réunions : identifiant, date, type, ville, titre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="154" />
        <source>create a meeting and print its id</source>
        <translation>créer une réunion et afficher son identifiant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="165" />
        <source>import a notes file into a meeting</source>
        <translation>importer un fichier de notes dans une réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="172" />
        <source>import participants from CSV or XLSX into a meeting</source>
        <translation>importer des participants depuis un fichier CSV ou XLSX dans une réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="178" />
        <source>export a document; format from the file suffix</source>
        <translation>exporter un document ; le format est déduit de l’extension du fichier</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="197" />
        <source>quarter of a progress matrix, e.g. 2025Q3</source>
        <translation>trimestre d’une matrice d’avancement, par exemple 2025Q3</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="202" />
        <source>Arabic and French side by side</source>
        <translation>arabe et français côte à côte</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="207" />
        <source>print phone numbers and e-mails</source>
        <translation>imprimer les numéros de téléphone et les adresses e-mail</translation>
    </message>
    <message>
        <location filename="../ogpdesk/cli.py" line="213" />
        <source>recommendations report: by theme (a meeting's default) or by meeting</source>
        <translation>rapport des recommandations : par thème (par défaut pour une réunion) ou par réunion</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/core/attendance.py" line="36" />
        <location filename="../ogpdesk/core/meetings.py" line="31" />
        <location filename="../ogpdesk/core/speakers.py" line="33" />
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/attendance.py" line="37" />
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/attendance.py" line="38" />
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="40" />
        <source>“{title}” is not an action plan: commitments belong to action plans.</source>
        <translation>« {title} » n’est pas un plan d’action : les engagements appartiennent aux plans d’action.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="43" />
        <source>A commitment needs a title.</source>
        <translation>Un engagement doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="44" />
        <source>A milestone needs a deliverable.</source>
        <translation>Un jalon doit avoir un livrable.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="45" />
        <source>Unknown OGP value “{value}”. Known values: transparency, accountability, participation, technology.</source>
        <translation>Valeur OGP « {value} » inconnue. Valeurs connues : transparency (transparence), accountability (redevabilité), participation, technology (technologie).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="50" />
        <source>The end date {end} comes before the start date {start}.</source>
        <translation>La date de fin {end} précède la date de début {start}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="51" />
        <source>“{name}” is not a field that can be edited here.</source>
        <translation>« {name} » n’est pas un champ modifiable ici.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="52" />
        <source>A committee seat needs a person, an institution or at least a label.</source>
        <translation>Un siège de comité doit avoir une personne, une institution ou au moins un libellé.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/edits.py" line="21" />
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="18" />
        <source>Something went wrong: {detail}</source>
        <translation>Une erreur s’est produite : {detail}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="35" />
        <source>No {what} matches “{query}”.</source>
        <translation>Aucun(e) {what} ne correspond à « {query} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="39" />
        <source>“{query}” matches several {what}: {candidates}. Be more precise.</source>
        <translation>« {query} » correspond à plusieurs {what} : {candidates}. Précisez.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="45" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/errors.py" line="49" />
        <source>The meeting “{title}” is approved and locked; reopen it before changing it.</source>
        <translation>La réunion « {title} » est approuvée et verrouillée ; rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="32" />
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="33" />
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="34" />
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="35" />
        <source>Unknown meeting kind “{kind}”. Known kinds: {known}.</source>
        <translation>Type de réunion « {kind} » inconnu. Types connus : {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="36" />
        <source>A meeting that is {current} cannot be marked {target}.</source>
        <translation>Une réunion à l’état {current} ne peut pas passer à l’état {target}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="37" />
        <source>A meeting needs a title.</source>
        <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="38" />
        <source>The meeting “{title}” is not approved: there is nothing to reopen.</source>
        <translation>La réunion « {title} » n’est pas approuvée : il n’y a rien à rouvrir.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="48" />
        <location filename="../ogpdesk/core/textio.py" line="29" />
        <source>“{path}” cannot be read: {reason}</source>
        <translation>Impossible de lire « {path} » : {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="49" />
        <source>“{path}” is an old Excel file (.xls) or another binary format. Save it as .xlsx or as CSV UTF-8 and import that.</source>
        <translation>« {path} » est un ancien fichier Excel (.xls) ou un autre format binaire. Enregistrez-le en .xlsx ou en CSV UTF-8 et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="54" />
        <source>“{path}” is not a readable Excel workbook (damaged or not .xlsx): {reason}</source>
        <translation>« {path} » n’est pas un classeur Excel lisible (endommagé ou pas au format .xlsx) : {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="57" />
        <source>“{path}” holds no rows to import.</source>
        <translation>« {path} » ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="58" />
        <source>No column of names was found in “{path}”. Its headers are: {headers}. Name a column “Name”, “Nom” or “الاسم”.</source>
        <translation>Aucune colonne de noms n’a été trouvée dans « {path} ». Ses en-têtes sont : {headers}. Nommez une colonne « Nom », « Name » ou « الاسم ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="63" />
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="64" />
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="65" />
        <source>{column} is longer than {limit} characters and cannot be kept</source>
        <translation>{column} dépasse {limit} caractères et ne peut pas être conservé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="68" />
        <source>{column} “{value}” not understood, left empty</source>
        <translation>{column} « {value} » non compris, laissé vide</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="69" />
        <source>same person as row {row}, imported once</source>
        <translation>même personne qu’à la ligne {row}, importée une seule fois</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="186" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="187" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="188" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="189" />
        <source>Stakeholder group</source>
        <translation>Catégorie d’acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="190" />
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="191" />
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="192" />
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="193" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="194" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/participants.py" line="195" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="40" />
        <source>“{text}” is not a quarter; write it like 2025Q3 (year, Q, 1 to 4).</source>
        <translation>« {text} » n’est pas un trimestre ; écrivez-le comme 2025Q3 (année, Q, 1 à 4).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="43" />
        <source>The meeting “{title}” belongs to no action plan, so it has no progress to review.</source>
        <translation>La réunion « {title} » n’appartient à aucun plan d’action : elle n’a pas d’avancement à examiner.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="46" />
        <source>A percentage must be a whole number from 0 to 100, not “{value}”.</source>
        <translation>Un pourcentage doit être un nombre entier de 0 à 100, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="49" />
        <source>Unknown progress status “{value}”. Known: not_started, limited, substantial, completed, withdrawn.</source>
        <translation>État d’avancement « {value} » inconnu. États connus : not_started (non commencé), limited (limité), substantial (substantiel), completed (achevé), withdrawn (retiré).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="54" />
        <source>“{name}” is not a field of a progress review.</source>
        <translation>« {name} » n’est pas un champ d’un examen d’avancement.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="55" />
        <source>This progress row was not reviewed at a meeting; record the decision in a meeting.</source>
        <translation>Cette ligne d’avancement n’a pas été examinée en réunion ; consignez la décision dans une réunion.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="58" />
        <source>Nothing to record: the text is empty.</source>
        <translation>Rien à enregistrer : le texte est vide.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="33" />
        <source>A proposal needs its text.</source>
        <translation>Une proposition doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="34" />
        <source>Say why the proposal is rejected: the reason is given back to its author.</source>
        <translation>Indiquez pourquoi la proposition est rejetée : la raison est communiquée à son auteur.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="37" />
        <source>The proposal and commitment {number} belong to different action plans.</source>
        <translation>La proposition et l’engagement {number} appartiennent à des plans d’action différents.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="40" />
        <source>A proposal cannot be merged into itself.</source>
        <translation>Une proposition ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="41" />
        <source>These proposals are already merged the other way round; merge the other one.</source>
        <translation>Ces propositions sont déjà fusionnées dans l’autre sens ; fusionnez l’autre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="44" />
        <source>Only proposals of the same action plan can be merged.</source>
        <translation>Seules les propositions d’un même plan d’action peuvent être fusionnées.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="35" />
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="36" />
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="37" />
        <source>A recommendation needs a text.</source>
        <translation>Une recommandation doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="38" />
        <source>A recommendation has no field “{field}”.</source>
        <translation>Une recommandation n’a pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="39" />
        <source>Unknown priority “{value}”. Known priorities: {known}.</source>
        <translation>Priorité « {value} » inconnue. Priorités connues : {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="40" />
        <source>Unknown status “{value}”. Known statuses: {known}.</source>
        <translation>État « {value} » inconnu. États connus : {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="41" />
        <source>A recommendation becomes “merged” only by merging it into another one.</source>
        <translation>Une recommandation ne devient « fusionnée » qu’en la fusionnant avec une autre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="44" />
        <source>Recommendation {number} was already merged into another one; undo that merge before changing it.</source>
        <translation>La recommandation {number} a déjà été fusionnée avec une autre ; annulez cette fusion avant de la modifier.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="49" />
        <source>Select at least two recommendations to merge.</source>
        <translation>Sélectionnez au moins deux recommandations à fusionner.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="50" />
        <source>Only recommendations of the same meeting or the same process can be merged.</source>
        <translation>Seules les recommandations d’une même réunion ou d’un même processus peuvent être fusionnées.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="53" />
        <source>Splitting a recommendation needs a text for each of the two parts.</source>
        <translation>Scinder une recommandation demande un texte pour chacune des deux parties.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="56" />
        <source>That intervention was made in another meeting or process; a recommendation can only stem from its own.</source>
        <translation>Cette intervention a été faite dans une autre réunion ou un autre processus ; une recommandation ne peut découler que des siennes.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/recommendations.py" line="61" />
        <source>The new order must list each recommendation of the meeting exactly once.</source>
        <translation>Le nouvel ordre doit citer chaque recommandation de la réunion exactement une fois.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/speakers.py" line="34" />
        <source>A raised hand needs the name of the person.</source>
        <translation>Une main levée doit porter le nom de la personne.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/speakers.py" line="35" />
        <source>A time limit must be a whole number of seconds above zero, not “{value}”.</source>
        <translation>Une limite de temps doit être un nombre entier de secondes supérieur à zéro, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="36" />
        <source>“{path}” is not an ogpdesk database: it is not a database file at all.</source>
        <translation>« {path} » n’est pas une base de données ogpdesk : ce n’est pas du tout un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="39" />
        <source>“{path}” is a database, but not an ogpdesk database. It was left untouched.</source>
        <translation>« {path} » est une base de données, mais pas une base ogpdesk. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="42" />
        <source>“{path}” is damaged (truncated or corrupt) and cannot be opened. It was left untouched; restore it from a backup copy.</source>
        <translation>« {path} » est endommagé (tronqué ou corrompu) et ne peut pas être ouvert. Il n’a pas été modifié ; restaurez-le depuis une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="47" />
        <source>“{path}” was written by a newer version of ogpdesk (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
        <translation>« {path} » a été écrit par une version plus récente d’ogpdesk (schéma {revision}). Installez cette version pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="52" />
        <source>“{path}” is a folder, not a database file.</source>
        <translation>« {path} » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="53" />
        <source>The folder of “{path}” does not exist.</source>
        <translation>Le dossier de « {path} » n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="54" />
        <source>The disk is full: the last change was not saved. Free some space and try again.</source>
        <translation>Le disque est plein : la dernière modification n’a pas été enregistrée. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="57" />
        <source>The database cannot be written (read-only file or folder): the last change was not saved.</source>
        <translation>La base de données ne peut pas être écrite (fichier ou dossier en lecture seule) : la dernière modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="61" />
        <source>The database refused the change: {detail}</source>
        <translation>La base de données a refusé la modification : {detail}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/store.py" line="62" />
        <source>“{path}” could not be upgraded to this version of ogpdesk ({detail}). It was left as it was; a copy taken before the upgrade is “{backup}”.</source>
        <translation>« {path} » n’a pas pu être mis à niveau vers cette version d’ogpdesk ({detail}). Il a été laissé tel quel ; une copie prise avant la mise à niveau se trouve dans « {backup} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/textio.py" line="30" />
        <source>“{path}” is not a text file: it contains binary data (a spreadsheet, a PDF?).</source>
        <translation>« {path} » n’est pas un fichier texte : il contient des données binaires (un tableur, un PDF ?).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/textio.py" line="33" />
        <source>“{path}” starts as {encoding} text but is damaged at byte {offset}.</source>
        <translation>« {path} » commence comme un texte {encoding} mais est endommagé à l’octet {offset}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/textio.py" line="36" />
        <source>The encoding of “{path}” could not be recognised with confidence. Save it as UTF-8 (Notepad: Save as, Encoding UTF-8; Excel: CSV UTF-8) and try again.</source>
        <translation>L’encodage de « {path} » n’a pas pu être reconnu avec certitude. Enregistrez-le en UTF-8 (Bloc-notes : Enregistrer sous, Encodage UTF-8 ; Excel : CSV UTF-8) et réessayez.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/timeline.py" line="31" />
        <source>The text cannot be empty.</source>
        <translation>Le texte ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/timeline.py" line="32" />
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/timeline.py" line="33" />
        <source>The agenda changed while it was being reordered; nothing was moved.</source>
        <translation>L’ordre du jour a changé pendant qu’il était réordonné ; rien n’a été déplacé.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../ogpdesk/core/meetings.py" line="41" />
        <source>Reopened on {when} by {who}.</source>
        <translation>Rouvert le {when} par {who}.</translation>
    </message>
</context>
</TS>