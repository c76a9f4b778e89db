<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="45"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="46"/>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="47"/>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="48"/>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="49"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="65"/>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="78"/>
        <source>+{count} points</source>
        <translation>+{count} points</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="80"/>
        <source>−{count} points</source>
        <translation>−{count} points</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="82"/>
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="88"/>
        <source>from {before} to {after}</source>
        <translation>de {before} à {after}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="106"/>
        <location filename="../ogpdesk/documents/site.py" line="506"/>
        <source>Not reviewed this quarter</source>
        <translation>Non examiné ce trimestre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="108"/>
        <source>First review</source>
        <translation>Premier examen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="109"/>
        <source>{points} (from {percent})</source>
        <translation>{points} (contre {percent})</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="150"/>
        <location filename="../ogpdesk/documents/progress.py" line="167"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="168"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="173"/>
        <source>Review meeting</source>
        <translation>Réunion de suivi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="181"/>
        <source>(previous quarter, {quarter}: {percent})</source>
        <translation>(trimestre précédent, {quarter} : {percent})</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="183"/>
        <source>Average completion</source>
        <translation>Avancement moyen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="186"/>
        <source>Commitments completed</source>
        <translation>Engagements achevés</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="187"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="193"/>
        <source>Change since the previous quarter</source>
        <translation>Évolution depuis le trimestre précédent</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="195"/>
        <source>Change since {quarter}</source>
        <translation>Évolution depuis {quarter}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="197"/>
        <location filename="../ogpdesk/documents/cocreation.py" line="247"/>
        <location filename="../ogpdesk/documents/progress.py" line="200"/>
        <location filename="../ogpdesk/documents/progress.py" line="232"/>
        <location filename="../ogpdesk/documents/progress.py" line="260"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="248"/>
        <location filename="../ogpdesk/documents/progress.py" line="201"/>
        <location filename="../ogpdesk/documents/progress.py" line="261"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="202"/>
        <location filename="../ogpdesk/documents/progress.py" line="235"/>
        <location filename="../ogpdesk/documents/site.py" line="53"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="205"/>
        <location filename="../ogpdesk/documents/site.py" line="515"/>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="206"/>
        <location filename="../ogpdesk/documents/site.py" line="516"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="207"/>
        <location filename="../ogpdesk/documents/site.py" line="517"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="229"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="233"/>
        <location filename="../ogpdesk/documents/site.py" line="51"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="234"/>
        <location filename="../ogpdesk/documents/site.py" line="52"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="257"/>
        <source>Actions decided at the meeting</source>
        <translation>Actions décidées en réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="262"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="275"/>
        <source>No commitments yet.</source>
        <translation>Aucun engagement pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="277"/>
        <source>Progress matrix</source>
        <translation>Matrice d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="40"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="43"/>
        <source>Descriptive form</source>
        <translation>Formulaire descriptif</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="44"/>
        <source>Online consultation</source>
        <translation>Consultation en ligne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="45"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="48"/>
        <source>Citizens</source>
        <translation>Citoyens</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="49"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="50"/>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="53"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="54"/>
        <source>Accepted into a commitment</source>
        <translation>Retenue dans un engagement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="55"/>
        <source>Merged with a similar proposal</source>
        <translation>Fusionnée avec une proposition semblable</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="56"/>
        <source>Not retained</source>
        <translation>Non retenue</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="59"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="60"/>
        <source>Municipal council</source>
        <translation>Conseil municipal</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="61"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="62"/>
        <source>Elected representatives</source>
        <translation>Élus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="99"/>
        <location filename="../ogpdesk/documents/cocreation.py" line="201"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="100"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="128"/>
        <source>How many groups participated</source>
        <translation>Nombre de groupes ayant participé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="130"/>
        <source>How many public-facing meetings were held</source>
        <translation>Nombre de réunions publiques tenues</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="134"/>
        <source>Participants (each counted once)</source>
        <translation>Participants (chacun compté une fois)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="137"/>
        <source>Attendances (all meetings)</source>
        <translation>Présences (toutes réunions)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="138"/>
        <source>Organisations represented</source>
        <translation>Organisations représentées</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="140"/>
        <source>Women among participants</source>
        <translation>Femmes parmi les participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="144"/>
        <source>Participants with a disability</source>
        <translation>Participants en situation de handicap</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="147"/>
        <source>Proposals received</source>
        <translation>Propositions reçues</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="154"/>
        <location filename="../ogpdesk/documents/site.py" line="57"/>
        <source>Lead institutions</source>
        <translation>Institutions chefs de file</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="157"/>
        <source>Figures for the OGP template</source>
        <translation>Chiffres pour le modèle OGP</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="160"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="161"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="169"/>
        <source>Participants by stakeholder group</source>
        <translation>Participants par groupe d&apos;acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="170"/>
        <source>Stakeholder group</source>
        <translation>Groupe d&apos;acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="177"/>
        <source>Participants by gender</source>
        <translation>Participants par genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="178"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="185"/>
        <source>Participants by age band</source>
        <translation>Participants par tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="186"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="192"/>
        <source>Public meetings held</source>
        <translation>Réunions publiques tenues</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="198"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="199"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="200"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="217"/>
        <source>No public meeting recorded.</source>
        <translation>Aucune réunion publique enregistrée.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="223"/>
        <source>Consultation proposals</source>
        <translation>Propositions de la consultation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="226"/>
        <source>Received through</source>
        <translation>Reçues par</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="227"/>
        <location filename="../ogpdesk/documents/cocreation.py" line="249"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="244"/>
        <source>Proposals that became commitments</source>
        <translation>Propositions devenues engagements</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="263"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="266"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="267"/>
        <source>Extended advisory committee</source>
        <translation>Comité consultatif élargi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="280"/>
        <location filename="../ogpdesk/documents/site.py" line="56"/>
        <source>Independent monitoring body</source>
        <translation>Organe de suivi indépendant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="286"/>
        <source>Co-creation of the action plan</source>
        <translation>Co-création du plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="301"/>
        <source>{count} (of whom {remote} remote)</source>
        <translation>{count} (dont {remote} à distance)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="48"/>
        <source>Progress by commitment</source>
        <translation>Avancement par engagement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="49"/>
        <source>Progress over the quarters</source>
        <translation>Avancement au fil des trimestres</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="50"/>
        <source>The commitments</source>
        <translation>Les engagements</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="54"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="55"/>
        <source>How the plan was written</source>
        <translation>Comment le plan a été élaboré</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="58"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="59"/>
        <source>Open Government Partnership — local action plan</source>
        <translation>Partenariat pour un gouvernement ouvert — plan d&apos;action local</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="75"/>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="76"/>
        <source>Accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="77"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="78"/>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/poster.py" line="110"/>
        <location filename="../ogpdesk/documents/site.py" line="269"/>
        <source>Progress at the end of {quarter}</source>
        <translation>Avancement à la fin du {quarter}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="274"/>
        <source>reviewed at the quarterly meeting of {date}</source>
        <translation>examiné à la réunion trimestrielle du {date}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="305"/>
        <source>commitments</source>
        <translation>engagements</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/poster.py" line="121"/>
        <location filename="../ogpdesk/documents/site.py" line="308"/>
        <source>average completion</source>
        <translation>d&apos;avancement moyen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="310"/>
        <source>completed</source>
        <translation>achevés</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="311"/>
        <source>milestones overdue</source>
        <translation>jalons en retard</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="379"/>
        <source>Percent complete at the end of {quarter}.</source>
        <translation>Pourcentage d&apos;avancement à la fin du {quarter}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="383"/>
        <source>The black tick marks {quarter}.</source>
        <translation>Le trait noir marque le {quarter}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="456"/>
        <source>Percent complete of each commitment per quarter.</source>
        <translation>Pourcentage d&apos;avancement de chaque engagement par trimestre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="513"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="514"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="523"/>
        <source>OGP values</source>
        <translation>Valeurs OGP</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="526"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="571"/>
        <source>public meetings</source>
        <translation>réunions publiques</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="574"/>
        <source>groups involved</source>
        <translation>groupes impliqués</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="575"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="597"/>
        <source>Published on {date} with ogpdesk.</source>
        <translation>Publié le {date} avec ogpdesk.</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="100"/>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="101"/>
        <source>Accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="102"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="103"/>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="106"/>
        <source>Descriptive form</source>
        <translation>Formulaire descriptif</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="107"/>
        <source>Online consultation</source>
        <translation>Consultation en ligne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="108"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="111"/>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="112"/>
        <location filename="../ogpdesk/ui/actionplan.py" line="820"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="113"/>
        <location filename="../ogpdesk/ui/actionplan.py" line="1058"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="116"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="117"/>
        <source>Accepted into commitment %1</source>
        <translation>Retenue dans l&apos;engagement %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="118"/>
        <source>Merged into proposal %1</source>
        <translation>Fusionnée avec la proposition %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="119"/>
        <source>Rejected: %1</source>
        <translation>Rejetée : %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="121"/>
        <source>No quarter reviewed yet.</source>
        <translation>Aucun trimestre examiné pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="122"/>
        <source>%1 — due %2 (%3 days late)</source>
        <translation>%1 — échéance %2 (%3 jours de retard)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="601"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="602"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="603"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="604"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="605"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="606"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="607"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="809"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="810"/>
        <source>Municipal council</source>
        <translation>Conseil municipal</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="811"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="812"/>
        <source>Elected representative</source>
        <translation>Élu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="815"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="816"/>
        <source>Extended advisory committee</source>
        <translation>Comité consultatif élargi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="819"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="821"/>
        <source>Ministry or public body</source>
        <translation>Ministère ou organisme public</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="822"/>
        <source>Monitoring body</source>
        <translation>Organe de suivi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="823"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="824"/>
        <source>International partner</source>
        <translation>Partenaire international</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="825"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="828"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="829"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1056"/>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1057"/>
        <source>Held by</source>
        <translation>Occupé par</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1396"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1397"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1398"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1456"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1457"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1458"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1459"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1460"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1653"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1654"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1655"/>
        <source>&amp;Governance</source>
        <translation>&amp;Gouvernance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1656"/>
        <source>Co-c&amp;reation</source>
        <translation>Co-c&amp;réation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1657"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Propositions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1658"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
</context>
<context>
    <name>CoCreationPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1476"/>
        <source>public-facing meetings held</source>
        <translation>réunions publiques tenues</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1477"/>
        <source>stakeholder groups took part</source>
        <translation>groupes d’acteurs ont participé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1478"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1479"/>
        <source>attendances</source>
        <translation>présences</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1480"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1491"/>
        <source>Stakeholder group</source>
        <translation>Groupe d’acteurs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1492"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1493"/>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1504"/>
        <source>Public meetings of the co-creation</source>
        <translation>Réunions publiques de la co-création</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1515"/>
        <source>Public &amp;meetings</source>
        <translation>Réunions &amp;publiques</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1522"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1526"/>
        <source>Format of the report</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1527"/>
        <source>&amp;Export the co-creation report…</source>
        <translation>&amp;Exporter le rapport de co-création…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1570"/>
        <source>People with a disability: %1</source>
        <translation>Personnes en situation de handicap : %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1578"/>
        <source>(%1 remotely)</source>
        <translation>(dont %1 à distance)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1605"/>
        <location filename="../ogpdesk/ui/actionplan.py" line="1610"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1618"/>
        <source>Export the co-creation report</source>
        <translation>Exporter le rapport de co-création</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1629"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="356"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="378"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="379"/>
        <source>Title in &amp;Arabic:</source>
        <translation>Titre en &amp;arabe :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="380"/>
        <source>&amp;Problem addressed:</source>
        <translation>&amp;Problème traité :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="381"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="382"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="383"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="389"/>
        <source>OGP values:</source>
        <translation>Valeurs OGP :</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="447"/>
        <source>Commitments and milestones</source>
        <translation>Engagements et jalons</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="450"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="451"/>
        <source>Commitment / milestone</source>
        <translation>Engagement / jalon</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="452"/>
        <source>OGP values / due</source>
        <translation>Valeurs OGP / échéance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="453"/>
        <source>Lead / responsible</source>
        <translation>Chef de file / responsable</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="457"/>
        <source>&amp;Add commitment…</source>
        <translation>&amp;Ajouter un engagement…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="458"/>
        <source>Add &amp;milestone…</source>
        <translation>Ajouter un &amp;jalon…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="459"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="508"/>
        <source>Add a commitment</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="516"/>
        <source>Edit a commitment</source>
        <translation>Modifier un engagement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="524"/>
        <source>Add a milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1076"/>
        <source>Add a seat…</source>
        <translation>Ajouter un siège…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1077"/>
        <source>Change the seat…</source>
        <translation>Modifier le siège…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1078"/>
        <source>Remove the seat</source>
        <translation>Retirer le siège</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1104"/>
        <source>No one is named for this seat yet: its label is shown.</source>
        <translation>Personne n’est encore nommé à ce siège : son libellé est affiché.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="281"/>
        <source>Overdue milestones</source>
        <translation>Jalons en retard</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="283"/>
        <source>Open action items</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="290"/>
        <source>Overdue &amp;milestones</source>
        <translation>&amp;Jalons en retard</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="292"/>
        <source>Open &amp;action items</source>
        <translation>&amp;Actions en cours</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="347"/>
        <source>Decision on: %1</source>
        <translation>Décision sur : %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="350"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="352"/>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="353"/>
        <source>the decision itself, if left empty</source>
        <translation>la décision elle-même si vide</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="355"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="356"/>
        <source>&amp;Due by</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="360"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="364"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="365"/>
        <source>&amp;Action required:</source>
        <translation>&amp;Action requise :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="366"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="50"/>
        <source>“{title}” is not an action plan: commitments belong to action plans.</source>
        <translation>« {title} » n&apos;est pas un plan d&apos;action : les engagements appartiennent aux plans d&apos;action.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="53"/>
        <source>A commitment needs a title.</source>
        <translation>Un engagement doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="54"/>
        <source>A milestone needs a deliverable.</source>
        <translation>Un jalon doit avoir un livrable.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="55"/>
        <source>Unknown OGP value “{value}”. Known values: transparency, accountability, participation, technology.</source>
        <translation>Valeur OGP inconnue « {value} ». Valeurs connues : transparency, accountability, participation, technology.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="60"/>
        <source>The end date {end} comes before the start date {start}.</source>
        <translation>La date de fin {end} précède la date de début {start}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="61"/>
        <source>“{name}” is not a field that can be edited here.</source>
        <translation>« {name} » n&apos;est pas un champ modifiable ici.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="62"/>
        <source>A committee seat needs a person, an institution or at least a label.</source>
        <translation>Un siège du comité doit avoir une personne, une institution ou au moins un libellé.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="65"/>
        <source>An institution needs a name.</source>
        <translation>Une institution doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="66"/>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="40"/>
        <source>“{text}” is not a quarter; write it like 2025Q3 (year, Q, 1 to 4).</source>
        <translation>« {text} » n&apos;est pas un trimestre ; écrivez-le comme 2025Q3 (année, Q, 1 à 4).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="43"/>
        <source>The meeting “{title}” belongs to no action plan, so it has no progress to review.</source>
        <translation>La réunion « {title} » n&apos;appartient à aucun plan d&apos;action : il n&apos;y a pas d&apos;avancement à examiner.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="46"/>
        <source>A percentage must be a whole number from 0 to 100, not “{value}”.</source>
        <translation>Un pourcentage doit être un nombre entier de 0 à 100, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="49"/>
        <source>Unknown progress status “{value}”. Known: not_started, limited, substantial, completed, withdrawn.</source>
        <translation>État d&apos;avancement inconnu « {value} ». États connus : not_started, limited, substantial, completed, withdrawn.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="54"/>
        <source>“{name}” is not a field of a progress review.</source>
        <translation>« {name} » n&apos;est pas un champ du suivi d&apos;avancement.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="55"/>
        <source>This progress row was not reviewed at a meeting; record the decision in a meeting.</source>
        <translation>Cette ligne n&apos;a pas été examinée en réunion ; enregistrez la décision dans une réunion.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="58"/>
        <source>Nothing to record: the text is empty.</source>
        <translation>Rien à enregistrer : le texte est vide.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="33"/>
        <source>A proposal needs its text.</source>
        <translation>Une proposition doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="34"/>
        <source>Say why the proposal is rejected: the reason is given back to its author.</source>
        <translation>Indiquez pourquoi la proposition est rejetée : la raison est communiquée à son auteur.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="37"/>
        <source>The proposal and commitment {number} belong to different action plans.</source>
        <translation>La proposition et l&apos;engagement {number} appartiennent à des plans d&apos;action différents.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="40"/>
        <source>A proposal cannot be merged into itself.</source>
        <translation>Une proposition ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="41"/>
        <source>These proposals are already merged the other way round; merge the other one.</source>
        <translation>Ces propositions sont déjà fusionnées dans l&apos;autre sens ; fusionnez plutôt l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="44"/>
        <source>Only proposals of the same action plan can be merged.</source>
        <translation>Seules les propositions d&apos;un même plan d&apos;action peuvent être fusionnées.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/edits.py" line="22"/>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="37"/>
        <source>No progress has been reviewed yet for “{title}”: there is no matrix to export.</source>
        <translation>Aucun avancement n&apos;a encore été examiné pour « {title} » : il n&apos;y a pas de matrice à exporter.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="40"/>
        <source>The {kind} document is made for an action plan: name it with --process.</source>
        <translation>Le document {kind} porte sur un plan d&apos;action : indiquez-le avec --process.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="61"/>
        <source>“{path}” is a file; the public page is written into a folder.</source>
        <translation>« {path} » est un fichier ; la page publique s&apos;écrit dans un dossier.</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1131"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1131"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1145"/>
        <source>Lead institutions</source>
        <translation>Institutions chefs de file</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1150"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1151"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1159"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1166"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1167"/>
        <source>&amp;Lead institutions:</source>
        <translation>&amp;Institutions chefs de file :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1168"/>
        <source>Independent &amp;monitoring body:</source>
        <translation>Organe de &amp;suivi indépendant :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1212"/>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1220"/>
        <source>Change the plan&apos;s period</source>
        <translation>Modifier la période du plan</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1230"/>
        <source>Add a lead institution</source>
        <translation>Ajouter une institution chef de file</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1238"/>
        <source>Remove a lead institution</source>
        <translation>Retirer une institution chef de file</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1248"/>
        <source>Choose the monitoring body</source>
        <translation>Choisir l’organe de suivi</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1266"/>
        <source>Add a committee seat</source>
        <translation>Ajouter un siège au comité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1287"/>
        <source>Change a committee seat</source>
        <translation>Modifier un siège du comité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1295"/>
        <source>Remove a committee seat</source>
        <translation>Retirer un siège du comité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1321"/>
        <source>Lead institution</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1322"/>
        <source>&amp;Institution leading the plan with the others:</source>
        <translation>&amp;Institution qui pilote le plan avec les autres :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1338"/>
        <source>Independent monitoring body</source>
        <translation>Organe de suivi indépendant</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1339"/>
        <source>&amp;Body that monitors the plan independently:</source>
        <translation>&amp;Organe qui suit le plan en toute indépendance :</translation>
    </message>
</context>
<context>
    <name>InstitutionChooser</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="871"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="876"/>
        <source>Kind of a new institution</source>
        <translation>Type de la nouvelle institution</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="877"/>
        <source>New institution, of the kind:</source>
        <translation>Nouvelle institution, de type :</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="414"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="422"/>
        <source>&amp;Deliverable:</source>
        <translation>&amp;Livrable :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="423"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="424"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="425"/>
        <source>&amp;Verification source:</source>
        <translation>Source de &amp;vérification :</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="187"/>
        <source>Progress of each commitment over the quarters</source>
        <translation>Avancement de chaque engagement au fil des trimestres</translation>
    </message>
</context>
<context>
    <name>ProgressReview</name>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="64"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="65"/>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="66"/>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="67"/>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="68"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="71"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="72"/>
        <source>Commitment / milestone</source>
        <translation>Engagement / jalon</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="73"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="74"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="75"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="76"/>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="77"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="78"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="79"/>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="89"/>
        <source>Change %1 of commitment %2</source>
        <translation>Modifier %1 de l&apos;engagement %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="91"/>
        <source>status</source>
        <translation>l&apos;état</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="92"/>
        <source>percent complete</source>
        <translation>le pourcentage</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="93"/>
        <source>challenges</source>
        <translation>les difficultés</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="94"/>
        <source>next steps</source>
        <translation>les prochaines étapes</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="95"/>
        <source>evidence</source>
        <translation>les justificatifs</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="97"/>
        <source>first review</source>
        <translation>premier examen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="99"/>
        <source>+%1 pts (was %2 %)</source>
        <translation>+%1 pts (était à %2 %)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="100"/>
        <source>−%1 pts (was %2 %)</source>
        <translation>−%1 pts (était à %2 %)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="101"/>
        <source>no change (%2 %)</source>
        <translation>sans changement (%2 %)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="102"/>
        <source>was: %1</source>
        <translation>était : %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="103"/>
        <source>Percent complete</source>
        <translation>Pourcentage d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="105"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="106"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="107"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>ProgressReviewPanel</name>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="404"/>
        <source>Quarter reviewed</source>
        <translation>Trimestre examiné</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="405"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="407"/>
        <source>&amp;Open the review</source>
        <translation>&amp;Ouvrir l&apos;examen</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="409"/>
        <source>One row per commitment and milestone, prefilled from the previous quarter</source>
        <translation>Une ligne par engagement et par jalon, préremplie d&apos;après le trimestre précédent</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="418"/>
        <source>Progress matrix</source>
        <translation>Matrice d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="443"/>
        <source>&amp;Decision on this row…</source>
        <translation>&amp;Décision sur cette ligne…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="447"/>
        <source>Language of the exported matrix</source>
        <translation>Langue de la matrice exportée</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="448"/>
        <source>&amp;Export the matrix…</source>
        <translation>&amp;Exporter la matrice…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="531"/>
        <source>Prefilled from %1; edit what changed.</source>
        <translation>Préremplie d&apos;après %1 ; modifiez ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="533"/>
        <source>First review of the plan.</source>
        <translation>Premier examen du plan.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="536"/>
        <source>This quarter was reviewed at another meeting.</source>
        <translation>Ce trimestre a été examiné lors d&apos;une autre réunion.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="538"/>
        <source>Not reviewed yet: open the review to start.</source>
        <translation>Pas encore examiné : ouvrez l&apos;examen pour commencer.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="554"/>
        <source>Open the review of %1</source>
        <translation>Ouvrir l&apos;examen de %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="586"/>
        <source>Decision on commitment %1</source>
        <translation>Décision sur l&apos;engagement %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="621"/>
        <source>Exporting the progress matrix…</source>
        <translation>Export de la matrice d&apos;avancement…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="628"/>
        <source>Export the progress matrix</source>
        <translation>Exporter la matrice d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="630"/>
        <source>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="562"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="577"/>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposition :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="578"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="579"/>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="580"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="581"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="582"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="614"/>
        <source>Consultation proposals</source>
        <translation>Propositions de la consultation</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="623"/>
        <source>&amp;Add proposal…</source>
        <translation>&amp;Ajouter une proposition…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="624"/>
        <source>Acc&amp;ept into…</source>
        <translation>&amp;Retenir dans…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="625"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="626"/>
        <source>&amp;Reject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="627"/>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="680"/>
        <source>%1 proposals, %2 taken up in commitments</source>
        <translation>%1 propositions, dont %2 reprises dans des engagements</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="703"/>
        <source>Add a proposal</source>
        <translation>Ajouter une proposition</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="721"/>
        <source>Accept a proposal</source>
        <translation>Retenir une proposition</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="729"/>
        <source>Merge proposals</source>
        <translation>Fusionner des propositions</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="733"/>
        <source>Reject a proposal</source>
        <translation>Rejeter une proposition</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="741"/>
        <source>Reopen a proposal</source>
        <translation>Rouvrir une proposition</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="767"/>
        <source>Accept into</source>
        <translation>Retenir dans</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="767"/>
        <source>Commitment:</source>
        <translation>Engagement :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="785"/>
        <source>Merge into</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="786"/>
        <source>Similar proposal:</source>
        <translation>Proposition semblable :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="799"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="799"/>
        <source>Reason given back to the author:</source>
        <translation>Raison communiquée à l&apos;auteur :</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="970"/>
        <source>Committee seat</source>
        <translation>Siège au comité</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="985"/>
        <source>e.g. Member from the local council of East Kef</source>
        <translation>p. ex. Membre du conseil local du Kef Est</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1000"/>
        <source>Co&amp;mmittee:</source>
        <translation>Co&amp;mité :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1001"/>
        <source>&amp;Seat:</source>
        <translation>&amp;Siège :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1002"/>
        <source>&amp;Held by:</source>
        <translation>&amp;Occupé par :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1003"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1004"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1031"/>
        <source>“%1” is not in the participants&apos; directory: choose a person from the list, or write the name as the seat&apos;s label.</source>
        <translation>« %1 » n’est pas dans l’annuaire des participants : choisissez une personne dans la liste, ou écrivez le nom comme libellé du siège.</translation>
    </message>
</context>
</TS>
