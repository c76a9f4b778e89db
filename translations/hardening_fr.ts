<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <source>invisible characters removed: {controls} control characters, {bidi} direction overrides</source>
        <translation>caractères invisibles supprimés : {controls} caractères de contrôle, {bidi} forçages de direction</translation>
    </message>
    <message>
        <source>in rows {rows}</source>
        <translation>aux lignes {rows}</translation>
    </message>
    <message>
        <source>An unexpected error stopped ogpdesk (a bug, not something you did): nothing more was changed. The details are in “{path}”: please send that file to whoever supports you.</source>
        <translation>Une erreur inattendue a arrêté ogpdesk (un défaut du programme, pas de votre fait) : rien d’autre n’a été modifié. Les détails sont dans « {path} » : envoyez ce fichier à la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>An unexpected error stopped ogpdesk (a bug, not something you did): nothing more was changed. Its details could not be saved: {reason}</source>
        <translation>Une erreur inattendue a arrêté ogpdesk (un défaut du programme, pas de votre fait) : rien d’autre n’a été modifié. Ses détails n’ont pu être enregistrés : {reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{path}” mixes two encodings: line {utf8_line} is UTF-8 but line {line} is not. Save the whole file as UTF-8 and try again.</source>
        <translation>« {path} » mélange deux encodages : la ligne {utf8_line} est en UTF-8 mais la ligne {line} ne l’est pas. Enregistrez tout le fichier en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The column “{header}” appears twice in “{path}” (columns {first} and {second}): rename or remove one of them, so that no value is taken from the wrong one.</source>
        <translation>La colonne « {header} » figure deux fois dans « {path} » (colonnes {first} et {second}) : renommez ou supprimez l’une d’elles, pour qu’aucune valeur ne soit prise dans la mauvaise.</translation>
    </message>
    <message>
        <source>The header “{header}” of “{path}” holds several columns run together, separated by “{separator}”. Save the list as CSV separated by commas or semicolons, or as .xlsx.</source>
        <translation>L’en-tête « {header} » de « {path} » réunit plusieurs colonnes séparées par « {separator} ». Enregistrez la liste en CSV séparé par des virgules ou des points-virgules, ou en .xlsx.</translation>
    </message>
    <message>
        <source>The header of “{path}” cannot be read: a quotation mark on line {line} is not closed.</source>
        <translation>L’en-tête de « {path} » est illisible : un guillemet de la ligne {line} n’est pas fermé.</translation>
    </message>
    <message>
        <source>a quotation mark is not closed: lines {first} to {last} were read as one row, none imported</source>
        <translation>un guillemet n’est pas fermé : les lignes {first} à {last} ont été lues comme une seule, aucune n’est importée</translation>
    </message>
    <message>
        <source>quotation marks misplaced ({reason})</source>
        <translation>guillemets mal placés ({reason})</translation>
    </message>
    <message>
        <source>{count} values but the header has {width} columns: a value would be misplaced</source>
        <translation>{count} valeurs mais l’en-tête a {width} colonnes : une valeur serait mal placée</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: it is a device, a pipe or a folder, not a file.</source>
        <translation>Impossible d’écrire « {path} » : c’est un périphérique, un tube ou un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {folder} is a system folder, not a place for documents.</source>
        <translation>Impossible d’écrire « {path} » : {folder} est un dossier du système, pas un lieu pour des documents.</translation>
    </message>
    <message>
        <source>The database is being changed by another ogpdesk window or program, for longer than {seconds} seconds: nothing was saved. Try again when it has finished.</source>
        <translation>La base de données est modifiée par une autre fenêtre d’ogpdesk ou un autre programme depuis plus de {seconds} secondes : rien n’a été enregistré. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>“{path}” is open read-only (the file, its folder or its disk cannot be written): nothing can be changed. Copy it to a writable folder to work on it.</source>
        <translation>« {path} » est ouvert en lecture seule (le fichier, son dossier ou son disque ne peuvent être écrits) : rien ne peut être modifié. Copiez-le dans un dossier accessible en écriture pour y travailler.</translation>
    </message>
    <message>
        <source>“{path}” was written by an older version of ogpdesk and must be upgraded, but it is read-only (file, folder or disk). Copy it to a writable folder and open the copy.</source>
        <translation>« {path} » a été écrit par une version plus ancienne d’ogpdesk et doit être mis à niveau, mais il est en lecture seule (fichier, dossier ou disque). Copiez-le dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full: the database cannot be opened. It was left untouched; free some space and try again.</source>
        <translation>Le disque qui contient « {path} » est plein : la base de données ne peut être ouverte. Elle est restée intacte ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>“{path}” must be upgraded, but the disk has no room for the copy taken first ({needed} MB needed, {free} MB free). Free some space and try again; nothing was changed.</source>
        <translation>« {path} » doit être mis à niveau, mais le disque n’a pas la place pour la copie faite avant ({needed} Mo nécessaires, {free} Mo libres). Libérez de la place et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{url}” is not a database ogpdesk can use: give a file name, or a URL beginning with sqlite:/// or postgresql://.</source>
        <translation>« {url} » n’est pas une base de données utilisable par ogpdesk : donnez un nom de fichier, ou une URL commençant par sqlite:/// ou postgresql://.</translation>
    </message>
    <message>
        <source>The database “{url}” needs a driver that is not installed ({driver}). Install it, or use a database file.</source>
        <translation>La base de données « {url} » demande un pilote qui n’est pas installé ({driver}). Installez-le, ou utilisez un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database “{url}” cannot be reached: {detail}</source>
        <translation>La base de données « {url} » est injoignable : {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
</context>
</TS>
