<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="195"/>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="76"/>
        <source>Choose a meeting first, then export its documents.</source>
        <translation>Choisissez d’abord une réunion, puis exportez ses documents.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="77"/>
        <source>Choose where to write the document.</source>
        <translation>Choisissez où enregistrer le document.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Overdue as &amp;of:</source>
        <translation>En retard &amp;au :</translation>
    </message>
    <message>
        <source>Unchecked: as of the day of the latest meeting the list reports on</source>
        <translation>Non cochée : au jour de la dernière réunion dont la liste rend compte</translation>
    </message>
    <message>
        <source>Overdue as of</source>
        <translation>En retard au</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="74"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="87"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="88"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="89"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="114"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="122"/>
        <source>Recommendations report</source>
        <translation>Rapport des recommandations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="131"/>
        <source>Attendance list</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="139"/>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="146"/>
        <source>Progress matrix</source>
        <translation>Matrice d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="155"/>
        <source>Co-creation report</source>
        <translation>Rapport de co-création</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="163"/>
        <source>Public progress site (web pages)</source>
        <translation>Site public d’avancement (pages web)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="171"/>
        <source>Attendance sheet (to sign)</source>
        <translation>Feuille de présence (à signer)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="173"/>
        <source>This meeting</source>
        <translation>Cette réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="174"/>
        <source>Every meeting of “%1”</source>
        <translation>Toutes les réunions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="176"/>
        <source>The action plan “%1”, latest quarter</source>
        <translation>Le plan d’action «&#xa0;%1&#xa0;», dernier trimestre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="180"/>
        <source>By theme</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="181"/>
        <source>By meeting</source>
        <translation>Par réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="401"/>
        <source>Export — %1</source>
        <translation>Exporter — %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="419"/>
        <source>&amp;Bilingual edition (Arabic and French side by side)</source>
        <translation>Édition &amp;bilingue (arabe et français côte à côte)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="420"/>
        <source>Include &amp;private contact data (phones, e-mails)</source>
        <translation>Inclure les coordonnées &amp;privées (téléphones, e-mails)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="423"/>
        <source>Phone numbers and e-mail addresses are personal data: hand such a document only to those who need them.</source>
        <translation>Les numéros de téléphone et les adresses e-mail sont des données personnelles&#xa0;: ne remettez un tel document qu’à ceux qui en ont besoin.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="436"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="448"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="449"/>
        <source>&amp;Content:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="451"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="452"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="179"/>
        <source>Usual: by theme, or by meeting for a process</source>
        <translation>Habituel&#xa0;: par thème, ou par réunion pour un processus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="175"/>
        <source>The action plan “%1”, one quarter</source>
        <translation>Le plan d’action « %1 », un trimestre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="450"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="453"/>
        <source>&amp;Grouping:</source>
        <translation>Re&amp;groupement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="462"/>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="464"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="473"/>
        <source>First page of the document</source>
        <translation>Première page du document</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="477"/>
        <source>About the preview</source>
        <translation>À propos de l’aperçu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="485"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="542"/>
        <source>Folder of web pages</source>
        <translation>Dossier de pages web</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="618"/>
        <source>Choose where to write the document.</source>
        <translation>Choisissez où enregistrer le document.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="620"/>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="622"/>
        <source>A folder has this name: choose another name.</source>
        <translation>Un dossier porte ce nom&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="624"/>
        <source>This file exists: exporting replaces it.</source>
        <translation>Ce fichier existe&#xa0;: l’export le remplacera.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="632"/>
        <source>Folder in which to put the site</source>
        <translation>Dossier où placer le site</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="638"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="656"/>
        <location filename="../ogpdesk/ui/export_dialog.py" line="676"/>
        <location filename="../ogpdesk/ui/export_dialog.py" line="695"/>
        <source>Drawing the first page…</source>
        <translation>Dessin de la première page…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="693"/>
        <source>The public site is a folder of web pages and posters: no preview.</source>
        <translation>Le site public est un dossier de pages web et d’affiches&#xa0;: pas d’aperçu.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="701"/>
        <source>Page 1 of %1.</source>
        <translation>Page 1 sur %1.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="704"/>
        <source>Page 1 of %1 of the PDF made from the same document; Word and Excel lay out their own pages.</source>
        <translation>Page 1 sur %1 du PDF tiré du même document&#xa0;; Word et Excel font leur propre mise en page.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="732"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="739"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
</TS>
