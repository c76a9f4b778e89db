<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="34" />
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="35" />
            <source>Alt+Up and Alt+Down move the selected item.</source>
            <translation>Alt+Haut et Alt+Bas déplacent le point sélectionné.</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="82" />
            <source>Current item</source>
            <translation>Point en cours</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="124" />
            <source>Reorder agenda</source>
            <translation>Réordonner l'ordre du jour</translation>
        </message>
    </context>
    <context>
        <name>CaptureLine</name>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="74" />
            <source>Capture line</source>
            <translation>Ligne de saisie</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="77" />
            <source>Type what is said and press Enter. Name: text for an intervention; REC:, DEC:, ACT: for a recommendation, a decision, an action; # for an agenda item.</source>
            <translation>Tapez ce qui est dit puis Entrée. « Nom : texte » pour une intervention ; REC :, DEC :, ACT : pour une recommandation, une décision, une action ; # pour un point de l'ordre du jour.</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="104" />
            <source>REC: </source>
            <translation>Recommandation : </translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="105" />
            <source>DEC: </source>
            <translation>Décision : </translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="106" />
            <source>ACT: </source>
            <translation>Action : </translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="173" />
            <source>Capture “%1”</source>
            <translation>Saisie « %1 »</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="207" />
            <source>Name: what was said — REC: / DEC: / ACT: / # agenda item</source>
            <translation>Nom : ce qui est dit — REC : / DEC : / ACT : / # point de l'ordre du jour</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="210" />
            <source>One item per line; an empty line ends the list</source>
            <translation>Un élément par ligne ; une ligne vide termine la liste</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="229" />
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="271" />
            <source>Duplicate meeting</source>
            <translation>Dupliquer la réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="239" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="239" />
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="244" />
            <source>The agenda and the invitees are copied; nothing said is.</source>
            <translation>L'ordre du jour et les invités sont copiés ; rien de ce qui a été dit ne l'est.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ogpdesk/ui/app.py" line="33" />
            <source>The database cannot be opened</source>
            <translation>La base de données ne peut pas être ouverte</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/app.py" line="34" />
            <source>Open another file…</source>
            <translation>Ouvrir un autre fichier…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/app.py" line="35" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/errors.py" line="20" />
            <source>ogpdesk</source>
            <translation>ogpdesk</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="42" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="43" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="44" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="45" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="46" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="47" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="48" />
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="49" />
            <source>Open actions</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="52" />
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="58" />
            <source>&amp;Meetings</source>
            <translation>&amp;Réunions</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="65" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="66" />
            <source>&amp;New meeting…</source>
            <translation>&amp;Nouvelle réunion…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="67" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="68" />
            <source>D&amp;uplicate…</source>
            <translation>D&amp;upliquer…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="118" />
            <source>Recently opened</source>
            <translation>Ouvertes récemment</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="126" />
            <source>Meetings without a process</source>
            <translation>Réunions hors processus</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="77" />
            <source>Action &amp;plan…</source>
            <translation>&amp;Plan d&apos;action…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="79" />
            <source>Dashboard, commitments, governance and proposals of the chosen action plan</source>
            <translation>Tableau de bord, engagements, gouvernance et propositions du plan d&apos;action choisi</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="145" />
            <source>Enter or double-click: the action plan</source>
            <translation>Entrée ou double-clic : le plan d&apos;action</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="243" />
            <source>Action plan — %1</source>
            <translation>Plan d&apos;action — %1</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="45" />
            <source>Sign-in</source>
            <translation>Émargement</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="46" />
            <source>Speakers</source>
            <translation>Orateurs</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="50" />
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="38" />
            <location filename="../ogpdesk/ui/search.py" line="30" />
            <source>Agenda item</source>
            <translation>Point de l'ordre du jour</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="39" />
            <location filename="../ogpdesk/ui/search.py" line="31" />
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="40" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="41" />
            <location filename="../ogpdesk/ui/search.py" line="32" />
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="42" />
            <location filename="../ogpdesk/ui/search.py" line="33" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="43" />
            <location filename="../ogpdesk/ui/search.py" line="34" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="29" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="35" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="34" />
            <source>Awareness session</source>
            <translation>Session de sensibilisation</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="35" />
            <source>Seminar</source>
            <translation>Séminaire</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="36" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="37" />
            <source>Co-creation meeting</source>
            <translation>Réunion de co-création</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="38" />
            <source>Steering committee</source>
            <translation>Comité de pilotage</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="39" />
            <source>Quarterly review</source>
            <translation>Revue trimestrielle</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="40" />
            <source>Public hearing</source>
            <translation>Audition publique</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="43" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="44" />
            <source>Open</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="45" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="46" />
            <source>Approved (locked)</source>
            <translation>Approuvée (verrouillée)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="49" />
            <source>Arabic, then French</source>
            <translation>Arabe, puis français</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="50" />
            <source>French, then Arabic</source>
            <translation>Français, puis arabe</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="51" />
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="52" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="53" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="55" />
            <source>Progress review</source>
            <translation>Suivi de l&apos;avancement</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="75" />
            <source>&amp;New meeting…</source>
            <translation>&amp;Nouvelle réunion…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="77" />
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="79" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="80" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="82" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="84" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="88" />
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="90" />
            <source>&amp;All meetings</source>
            <translation>&amp;Toutes les réunions</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="92" />
            <source>&amp;Edit meeting…</source>
            <translation>&amp;Modifier la réunion…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="95" />
            <source>&amp;Duplicate meeting…</source>
            <translation>&amp;Dupliquer la réunion…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="98" />
            <source>&amp;Projector view</source>
            <translation>Vue &amp;projecteur</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="99" />
            <source>&amp;Close meeting</source>
            <translation>&amp;Clôturer la réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="100" />
            <source>A&amp;pprove and lock</source>
            <translation>A&amp;pprouver et verrouiller</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="101" />
            <source>&amp;Reopen…</source>
            <translation>&amp;Rouvrir…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="105" />
            <source>&amp;Recommendation</source>
            <translation>&amp;Recommandation</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="106" />
            <source>&amp;Decision</source>
            <translation>&amp;Décision</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="107" />
            <source>&amp;Action item</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="108" />
            <source>New agenda &amp;item</source>
            <translation>Nouveau &amp;point de l'ordre du jour</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="113" />
            <source>&amp;Capture line</source>
            <translation>&amp;Ligne de saisie</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="117" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="120" />
            <source>Recent &amp;databases</source>
            <translation>Bases de données &amp;récentes</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="128" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="134" />
            <source>&amp;Meeting</source>
            <translation>&amp;Réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="143" />
            <source>&amp;Capture</source>
            <translation>&amp;Saisie</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="154" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="230" />
            <source>Recorded at %1</source>
            <translation>Enregistré à %1</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="308" />
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="310" />
            <source>ogpdesk databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>Bases ogpdesk (*.sqlite3 *.db *.sqlite);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="103" />
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="216" />
            <source>Edit meeting</source>
            <translation>Modifier la réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="103" />
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="206" />
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="119" />
            <source>(no process)</source>
            <translation>(aucun processus)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="125" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="126" />
            <source>Title in &amp;Arabic:</source>
            <translation>Titre en &amp;arabe :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="127" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="128" />
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="129" />
            <source>&amp;City:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="130" />
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="131" />
            <source>&amp;Languages:</source>
            <translation>&amp;Langues :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="132" />
            <source>P&amp;rocess:</source>
            <translation>P&amp;rocessus :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="133" />
            <source>C&amp;hair:</source>
            <translation>&amp;Présidence :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="134" />
            <source>&amp;Secretary:</source>
            <translation>&amp;Secrétariat :</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="85" />
            <source>&amp;Agenda</source>
            <translation>&amp;Ordre du jour</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="87" />
            <source>T&amp;imeline</source>
            <translation>Dérou&amp;lé</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="89" />
            <source>&amp;Capture:</source>
            <translation>&amp;Saisie :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="105" />
            <source>Meeting panels</source>
            <translation>Panneaux de la réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="177" />
            <source>(list)</source>
            <translation>(liste)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="211" />
            <source>This meeting is approved and locked; reopen it to change it.</source>
            <translation>Cette réunion est approuvée et verrouillée ; rouvrez-la pour la modifier.</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="232" />
            <source>Close meeting</source>
            <translation>Clôturer la réunion</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="25" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="27" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="32" />
            <source>Recorded when you reopen a meeting</source>
            <translation>Enregistré quand vous rouvrez une réunion</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="36" />
            <source>Interface &amp;language:</source>
            <translation>&amp;Langue de l'interface :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="37" />
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
    </context>
    <context>
        <name>Projector</name>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="23" />
            <source>Current item</source>
            <translation>Point en cours</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="24" />
            <source>Speaking</source>
            <translation>À la parole</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="25" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="26" />
            <source>Adopted recommendations</source>
            <translation>Recommandations adoptées</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="27" />
            <source>None yet</source>
            <translation>Aucune pour l'instant</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="28" />
            <source>Projector</source>
            <translation>Projecteur</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="47" />
            <source>Search all meetings</source>
            <translation>Rechercher dans toutes les réunions</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="49" />
            <source>Words in Arabic, French or English</source>
            <translation>Mots en arabe, français ou anglais</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="51" />
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="53" />
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="55" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message numerus="yes">
            <location filename="../ogpdesk/ui/search.py" line="94" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="97" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="98" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="99" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="166" />
            <source>Timeline</source>
            <translation>Déroulé</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="247" />
            <source>Edit “%1”</source>
            <translation>Modifier « %1 »</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="270" />
            <source>Remove “%1”</source>
            <translation>Supprimer « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../ogpdesk/ui/timeline.py" line="272" />
            <source>Remove %n items</source>
            <translation>
                <numerusform>Supprimer %n élément</numerusform>
                <numerusform>Supprimer %n éléments</numerusform>
            </translation>
        </message>
    </context>
</TS>