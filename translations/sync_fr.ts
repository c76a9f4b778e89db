<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backup</name>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backup {path} (schema {revision}, {when})</source>
        <translation>Sauvegarde {path} (schéma {revision}, {when})</translation>
    </message>
    <message>
        <source>{processes} processes, {meetings} meetings, {participants} participants, {recommendations} recommendations</source>
        <translation>{processes} processus, {meetings} réunions, {participants} participants, {recommendations} recommandations</translation>
    </message>
    <message>
        <source>Latest meeting: {meeting}</source>
        <translation>Dernière réunion : {meeting}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}</source>
        <translation>La base de données telle qu’elle était est conservée dans {path}</translation>
    </message>
    <message>
        <source>Restored into {path}</source>
        <translation>Restaurée dans {path}</translation>
    </message>
    <message>
        <source>copy the whole database into a backup file</source>
        <translation>copier toute la base de données dans un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept first)</source>
        <translation>remplacer la base de données par une sauvegarde (l’actuelle est conservée d’abord)</translation>
    </message>
    <message>
        <source>only show what the backup holds</source>
        <translation>montrer seulement ce que contient la sauvegarde</translation>
    </message>
    <message>
        <source>{count} records written to {path}</source>
        <translation>{count} enregistrements écrits dans {path}</translation>
    </message>
    <message>
        <source>(dry run: nothing was written)</source>
        <translation>(essai : rien n’a été écrit)</translation>
    </message>
    <message>
        <source>write an exchange file of a meeting or a process for another laptop</source>
        <translation>écrire un fichier d’échange d’une réunion ou d’un processus pour un autre ordinateur</translation>
    </message>
    <message>
        <source>the breakout group the receiving laptop captures in</source>
        <translation>le groupe de travail dans lequel l’ordinateur destinataire saisit</translation>
    </message>
    <message>
        <source>merge an exchange file into the database</source>
        <translation>fusionner un fichier d’échange dans la base de données</translation>
    </message>
    <message>
        <source>only show what the merge would add, change and delete</source>
        <translation>montrer seulement ce que la fusion ajouterait, modifierait et supprimerait</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{path}” is not an ogpdesk backup: it is not a database file.</source>
        <translation>« {path} » n’est pas une sauvegarde ogpdesk : ce n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“{path}” is not a complete ogpdesk backup ({detail}). Nothing was restored.</source>
        <translation>« {path} » n’est pas une sauvegarde ogpdesk complète ({detail}). Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of ogpdesk (schema {revision}). Install the newer version to restore it; nothing was restored.</source>
        <translation>« {path} » a été écrit par une version plus récente d’ogpdesk (schéma {revision}). Installez la version plus récente pour la restaurer ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>Il n’y a pas de fichier « {path} ».</translation>
    </message>
    <message>
        <source>Only a database kept in a file (SQLite) can be backed up or restored here.</source>
        <translation>Seule une base de données conservée dans un fichier (SQLite) peut être sauvegardée ou restaurée ici.</translation>
    </message>
    <message>
        <source>damaged or truncated</source>
        <translation>fichier endommagé ou tronqué</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>aucune version de schéma</translation>
    </message>
    <message>
        <source>“{path}” is not a complete ogpdesk backup (tables missing: {tables}). Nothing was restored.</source>
        <translation>« {path} » n’est pas une sauvegarde ogpdesk complète (tables manquantes : {tables}). Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>“{path}” is not an ogpdesk exchange file (not a zip archive with a manifest).</source>
        <translation>« {path} » n’est pas un fichier d’échange ogpdesk (pas une archive zip avec un manifeste).</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of ogpdesk (exchange format {format}). Install the newer version to receive it; nothing was changed.</source>
        <translation>« {path} » a été écrit par une version plus récente d’ogpdesk (format d’échange {format}). Installez la version plus récente pour le recevoir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{path}” is damaged or was altered: “{member}” does not match its checksum. Nothing was changed.</source>
        <translation>« {path} » est endommagé ou a été modifié : « {member} » ne correspond pas à son empreinte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{path}” holds an entry “{member}” that is not allowed. Nothing was changed.</source>
        <translation>« {path} » contient une entrée « {member} » non autorisée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{path}” unpacks to more than an exchange file may hold ({member}). Nothing was changed.</source>
        <translation>« {path} » dépasse, une fois décompressé, ce qu’un fichier d’échange peut contenir ({member}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{path}” has a manifest that cannot be read ({detail}). Nothing was changed.</source>
        <translation>« {path} » a un manifeste illisible ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{path}”: record {line} of {member} is not valid ({detail}). Nothing was changed.</source>
        <translation>« {path} » : l’enregistrement {line} de {member} n’est pas valide ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>item to review</source>
        <translation>élément à examiner</translation>
    </message>
    <message>
        <source>This record cannot be added yet: its meeting is approved (reopen it first), or it refers to a record this store does not have. It stays in the list.</source>
        <translation>Cet enregistrement ne peut pas encore être ajouté : sa réunion est approuvée (rouvrez-la d’abord), ou il renvoie à un enregistrement absent de cette base. Il reste dans la liste.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>ogpdesk exchange files (*.ogpdesk);;All files (*)</source>
        <translation>Fichiers d’échange ogpdesk (*.ogpdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Receive from another laptop</source>
        <translation>Recevoir d’un autre ordinateur</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>&amp;Send to a group laptop…</source>
        <translation>Envo&amp;yer à l’ordinateur d’un groupe…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>Rece&amp;voir…</translation>
    </message>
    <message>
        <source>To revie&amp;w…</source>
        <translation>À e&amp;xaminer…</translation>
    </message>
    <message>
        <source>Choose a meeting first, then send it.</source>
        <translation>Choisissez d’abord une réunion, puis envoyez-la.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Nothing new: this store already holds all of it.</source>
        <translation>Rien de nouveau : cette base contient déjà tout.</translation>
    </message>
    <message>
        <source>added: {count} {kind}</source>
        <translation>ajouté : {count} {kind}</translation>
    </message>
    <message>
        <source>changed: {count} {kind}</source>
        <translation>modifié : {count} {kind}</translation>
    </message>
    <message>
        <source>deleted: {count} {kind}</source>
        <translation>supprimé : {count} {kind}</translation>
    </message>
    <message>
        <source>already in the directory, matched: {name}</source>
        <translation>déjà dans l’annuaire, rapproché : {name}</translation>
    </message>
    <message>
        <source>conflict: {kind} “{label}”, {field}: “{shown}” shown, “{kept}” kept for review</source>
        <translation>conflit : {kind} « {label} », {field} : « {shown} » affiché, « {kept} » gardé pour examen</translation>
    </message>
    <message>
        <source>held for review (approved meeting): {kind} “{label}”</source>
        <translation>retenu pour examen (réunion approuvée) : {kind} « {label} »</translation>
    </message>
    <message>
        <source>held for review (its parent is in neither store): {kind} “{label}”</source>
        <translation>retenu pour examen (son parent n’est dans aucune des deux bases) : {kind} « {label} »</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>institutions</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>présences</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>points de l’ordre du jour</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>speaking turns</source>
        <translation>tours de parole</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>recommandations</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>engagements</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>jalons</translation>
    </message>
    <message>
        <source>progress reviews</source>
        <translation>suivis d’avancement</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>propositions</translation>
    </message>
    <message>
        <source>committee seats</source>
        <translation>sièges de comité</translation>
    </message>
    <message>
        <source>process roles</source>
        <translation>rôles dans le processus</translation>
    </message>
    <message>
        <source>items to review</source>
        <translation>éléments à examiner</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>title (Arabic)</source>
        <translation>titre (arabe)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>présentateur</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge preview</source>
        <translation>Aperçu de la fusion</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>Depuis « %1 »</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>How many or which</source>
        <translation>Combien ou lesquels</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Already in the directory (matched)</source>
        <translation>Déjà dans l’annuaire (rapproché)</translation>
    </message>
    <message>
        <source>Conflicts (both kept: to review)</source>
        <translation>Conflits (les deux gardées : à examiner)</translation>
    </message>
    <message>
        <source>%1: “%2” shown, “%3” kept</source>
        <translation>%1 : « %2 » affiché, « %3 » gardé</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenu pour examen</translation>
    </message>
    <message>
        <source>approved meeting</source>
        <translation>réunion approuvée</translation>
    </message>
    <message>
        <source>its parent is in neither store</source>
        <translation>son parent n’est dans aucune des deux bases</translation>
    </message>
    <message>
        <source>Nothing new: this store already holds all of it.</source>
        <translation>Rien de nouveau : cette base contient déjà tout.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>%1 (this version)</source>
        <translation>%1 (cette version)</translation>
    </message>
    <message>
        <source>%1 (older: upgraded after the restore)</source>
        <translation>%1 (plus ancien : mis à jour après la restauration)</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Dernière réunion</translation>
    </message>
    <message>
        <source>The database open now will be replaced by this backup. It is kept as a backup first.</source>
        <translation>La base de données ouverte sera remplacée par cette sauvegarde. Elle est d’abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur gardée</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;Garder ce qui est affiché</translation>
    </message>
    <message>
        <source>&amp;Use the kept value</source>
        <translation>&amp;Utiliser la valeur gardée</translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>modifié sur deux ordinateurs</translation>
    </message>
    <message>
        <source>approved meeting</source>
        <translation>réunion approuvée</translation>
    </message>
    <message>
        <source>parent missing</source>
        <translation>parent absent</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(enregistrement entier)</translation>
    </message>
    <message>
        <source>Use the kept value</source>
        <translation>Utiliser la valeur gardée</translation>
    </message>
    <message>
        <source>Keep what is shown</source>
        <translation>Garder ce qui est affiché</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to a group laptop</source>
        <translation>Envoyer à l’ordinateur d’un groupe</translation>
    </message>
    <message>
        <source>e.g. Table 2 (empty: the whole meeting)</source>
        <translation>p. ex. Table 2 (vide : toute la réunion)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>The file holds the meeting, its agenda and the participants directory. Open it on the group's laptop with File ▸ Receive…; bring its records back the same way.</source>
        <translation>Le fichier contient la réunion, son ordre du jour et l’annuaire des participants. Ouvrez-le sur l’ordinateur du groupe avec Fichier ▸ Recevoir… ; rapportez ses enregistrements de la même façon.</translation>
    </message>
</context>
</TS>
