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
</context>
</TS>
