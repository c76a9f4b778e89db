<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a time: type it as HH:MM, e.g. 09:30.</source>
        <translation>« {text} » n’est pas une heure : saisissez-la sous la forme HH:MM, par exemple 09:30.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>La réunion ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>A logo belongs to an institution: name the municipality first.</source>
        <translation>Un logo appartient à une institution : indiquez d’abord la commune.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>The minutes print no logo; the institution keeps none for later meetings</source>
        <translation>Le procès-verbal n’imprime aucun logo ; l’institution n’en garde aucun pour les réunions suivantes</translation>
    </message>
    <message>
        <source>Give a name in several languages separated by “|”.</source>
        <translation>Donnez un nom en plusieurs langues en les séparant par « | ».</translation>
    </message>
    <message>
        <source>(the current logo)</source>
        <translation>(le logo actuel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Letterhead and signatories</source>
        <translation>En-tête et signataires</translation>
    </message>
    <message>
        <source>Ministry or governorate</source>
        <translation>Ministère ou gouvernorat</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Republic:</source>
        <translation>&amp;République :</translation>
    </message>
    <message>
        <source>&amp;Ministry or governorate:</source>
        <translation>&amp;Ministère ou gouvernorat :</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>Comm&amp;une :</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Président :</translation>
    </message>
    <message>
        <source>Chair's &amp;title:</source>
        <translation>&amp;Titre du président :</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secrétaire :</translation>
    </message>
    <message>
        <source>Secretary's t&amp;itle:</source>
        <translation>T&amp;itre du secrétaire :</translation>
    </message>
    <message>
        <source>St&amp;arts at:</source>
        <translation>Déb&amp;ute à :</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Se termine à :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Letterhead and signatories…</source>
        <translation>&amp;En-tête et signataires…</translation>
    </message>
</context>
</TS>
