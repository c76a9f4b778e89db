<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="45"/>
        <source>Not started</source>
        <translation>لم ينطلق</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="46"/>
        <source>Limited</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="47"/>
        <source>Substantial</source>
        <translation>جوهري</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="48"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="49"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="65"/>
        <source>Q{number} {year}</source>
        <translation>الثلاثي {number} لسنة {year}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="78"/>
        <source>+{count} points</source>
        <translation>تقدم بـ{count} نقطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="80"/>
        <source>−{count} points</source>
        <translation>تراجع بـ{count} نقطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="82"/>
        <source>no change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="88"/>
        <source>from {before} to {after}</source>
        <translation>من {before} إلى {after}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="106"/>
        <location filename="../ogpdesk/documents/site.py" line="506"/>
        <source>Not reviewed this quarter</source>
        <translation>لم تتم متابعته هذا الثلاثي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="108"/>
        <source>First review</source>
        <translation>أول متابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="109"/>
        <source>{points} (from {percent})</source>
        <translation>{points} (مقابل {percent})</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="150"/>
        <location filename="../ogpdesk/documents/progress.py" line="167"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="168"/>
        <source>Quarter</source>
        <translation>الثلاثي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="173"/>
        <source>Review meeting</source>
        <translation>اجتماع المتابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="181"/>
        <source>(previous quarter, {quarter}: {percent})</source>
        <translation>(الثلاثي السابق، {quarter}: {percent})</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="183"/>
        <source>Average completion</source>
        <translation>متوسط نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="186"/>
        <source>Commitments completed</source>
        <translation>الالتزامات المكتملة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="187"/>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="193"/>
        <source>Change since the previous quarter</source>
        <translation>التطور منذ الثلاثي السابق</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="195"/>
        <source>Change since {quarter}</source>
        <translation>التطور منذ {quarter}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="197"/>
        <location filename="../ogpdesk/documents/cocreation.py" line="247"/>
        <location filename="../ogpdesk/documents/progress.py" line="200"/>
        <location filename="../ogpdesk/documents/progress.py" line="232"/>
        <location filename="../ogpdesk/documents/progress.py" line="260"/>
        <source>No.</source>
        <translation>ع/ر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="248"/>
        <location filename="../ogpdesk/documents/progress.py" line="201"/>
        <location filename="../ogpdesk/documents/progress.py" line="261"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="202"/>
        <location filename="../ogpdesk/documents/progress.py" line="235"/>
        <location filename="../ogpdesk/documents/site.py" line="53"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="205"/>
        <location filename="../ogpdesk/documents/site.py" line="515"/>
        <source>Challenges</source>
        <translation>الصعوبات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="206"/>
        <location filename="../ogpdesk/documents/site.py" line="516"/>
        <source>Next steps</source>
        <translation>الخطوات القادمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="207"/>
        <location filename="../ogpdesk/documents/site.py" line="517"/>
        <source>Evidence</source>
        <translation>الإثباتات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="229"/>
        <source>Milestones</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="233"/>
        <location filename="../ogpdesk/documents/site.py" line="51"/>
        <source>Milestone</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="234"/>
        <location filename="../ogpdesk/documents/site.py" line="52"/>
        <source>Due date</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="257"/>
        <source>Actions decided at the meeting</source>
        <translation>الإجراءات المقررة في الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="262"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="275"/>
        <source>No commitments yet.</source>
        <translation>لا توجد التزامات بعد.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="277"/>
        <source>Progress matrix</source>
        <translation>مصفوفة التقدم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="40"/>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="43"/>
        <source>Descriptive form</source>
        <translation>الاستمارة الوصفية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="44"/>
        <source>Online consultation</source>
        <translation>الاستشارة الإلكترونية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="45"/>
        <source>In person</source>
        <translation>حضوريا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="48"/>
        <source>Citizens</source>
        <translation>مواطنون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="49"/>
        <source>Associations</source>
        <translation>جمعيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="50"/>
        <source>Institutions</source>
        <translation>مؤسسات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="53"/>
        <source>Pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="54"/>
        <source>Accepted into a commitment</source>
        <translation>مقبول ضمن التزام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="55"/>
        <source>Merged with a similar proposal</source>
        <translation>مدمج مع مقترح مماثل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="56"/>
        <source>Not retained</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="59"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="60"/>
        <source>Municipal council</source>
        <translation>المجلس البلدي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="61"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="62"/>
        <source>Elected representatives</source>
        <translation>المنتخبون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="99"/>
        <location filename="../ogpdesk/documents/cocreation.py" line="201"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="100"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="128"/>
        <source>How many groups participated</source>
        <translation>عدد المجموعات المشاركة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="130"/>
        <source>How many public-facing meetings were held</source>
        <translation>عدد الاجتماعات العامة المنعقدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="134"/>
        <source>Participants (each counted once)</source>
        <translation>المشاركون (كل شخص مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="137"/>
        <source>Attendances (all meetings)</source>
        <translation>الحضور (كل الاجتماعات)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="138"/>
        <source>Organisations represented</source>
        <translation>الهياكل الممثلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="140"/>
        <source>Women among participants</source>
        <translation>النساء من بين المشاركين</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="144"/>
        <source>Participants with a disability</source>
        <translation>مشاركون من ذوي الإعاقة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="147"/>
        <source>Proposals received</source>
        <translation>المقترحات الواردة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="154"/>
        <location filename="../ogpdesk/documents/site.py" line="57"/>
        <source>Lead institutions</source>
        <translation>المؤسسات الرائدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="157"/>
        <source>Figures for the OGP template</source>
        <translation>أرقام نموذج شراكة الحكومة المفتوحة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="160"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="161"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="169"/>
        <source>Participants by stakeholder group</source>
        <translation>المشاركون حسب الفئة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="170"/>
        <source>Stakeholder group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="177"/>
        <source>Participants by gender</source>
        <translation>المشاركون حسب الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="178"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="185"/>
        <source>Participants by age band</source>
        <translation>المشاركون حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="186"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="192"/>
        <source>Public meetings held</source>
        <translation>الاجتماعات العامة المنعقدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="198"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="199"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="200"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="217"/>
        <source>No public meeting recorded.</source>
        <translation>لم يسجل أي اجتماع عام.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="223"/>
        <source>Consultation proposals</source>
        <translation>مقترحات الاستشارة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="226"/>
        <source>Received through</source>
        <translation>وردت عبر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="227"/>
        <location filename="../ogpdesk/documents/cocreation.py" line="249"/>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="244"/>
        <source>Proposals that became commitments</source>
        <translation>المقترحات التي أصبحت التزامات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="263"/>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="266"/>
        <source>Steering committee</source>
        <translation>لجنة القيادة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="267"/>
        <source>Extended advisory committee</source>
        <translation>اللجنة الاستشارية الموسعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="280"/>
        <location filename="../ogpdesk/documents/site.py" line="56"/>
        <source>Independent monitoring body</source>
        <translation>هيكل المتابعة المستقل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="286"/>
        <source>Co-creation of the action plan</source>
        <translation>الإعداد التشاركي لخطة العمل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/cocreation.py" line="301"/>
        <source>{count} (of whom {remote} remote)</source>
        <translation>{count} (منهم {remote} عن بعد)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="48"/>
        <source>Progress by commitment</source>
        <translation>التقدم حسب الالتزام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="49"/>
        <source>Progress over the quarters</source>
        <translation>التقدم عبر الثلاثيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="50"/>
        <source>The commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="54"/>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="55"/>
        <source>How the plan was written</source>
        <translation>كيف أعدت الخطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="58"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="59"/>
        <source>Open Government Partnership — local action plan</source>
        <translation>شراكة الحكومة المفتوحة — خطة العمل المحلية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="75"/>
        <source>Transparency</source>
        <translation>الشفافية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="76"/>
        <source>Accountability</source>
        <translation>المساءلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="77"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="78"/>
        <source>Technology and innovation</source>
        <translation>التكنولوجيا والتجديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/poster.py" line="110"/>
        <location filename="../ogpdesk/documents/site.py" line="269"/>
        <source>Progress at the end of {quarter}</source>
        <translation>التقدم في نهاية {quarter}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="274"/>
        <source>reviewed at the quarterly meeting of {date}</source>
        <translation>تمت متابعته في الاجتماع الثلاثي بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="305"/>
        <source>commitments</source>
        <translation>التزامات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/poster.py" line="121"/>
        <location filename="../ogpdesk/documents/site.py" line="308"/>
        <source>average completion</source>
        <translation>متوسط نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="310"/>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="311"/>
        <source>milestones overdue</source>
        <translation>مراحل متأخرة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="379"/>
        <source>Percent complete at the end of {quarter}.</source>
        <translation>نسبة الإنجاز في نهاية {quarter}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="383"/>
        <source>The black tick marks {quarter}.</source>
        <translation>العلامة السوداء تشير إلى {quarter}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="456"/>
        <source>Percent complete of each commitment per quarter.</source>
        <translation>نسبة إنجاز كل التزام حسب الثلاثي.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="513"/>
        <source>Change</source>
        <translation>التطور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="514"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="523"/>
        <source>OGP values</source>
        <translation>قيم الحكومة المفتوحة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="526"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="571"/>
        <source>public meetings</source>
        <translation>اجتماعات عامة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="574"/>
        <source>groups involved</source>
        <translation>مجموعات مشاركة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="575"/>
        <source>participants</source>
        <translation>مشاركا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="597"/>
        <source>Published on {date} with ogpdesk.</source>
        <translation>نشر بتاريخ {date} بواسطة ogpdesk.</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="100"/>
        <source>Transparency</source>
        <translation>الشفافية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="101"/>
        <source>Accountability</source>
        <translation>المساءلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="102"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="103"/>
        <source>Technology and innovation</source>
        <translation>التكنولوجيا والتجديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="106"/>
        <source>Descriptive form</source>
        <translation>الاستمارة الوصفية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="107"/>
        <source>Online consultation</source>
        <translation>الاستشارة الإلكترونية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="108"/>
        <source>In person</source>
        <translation>حضوريا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="111"/>
        <source>Citizen</source>
        <translation>مواطن</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="112"/>
        <location filename="../ogpdesk/ui/actionplan.py" line="820"/>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="113"/>
        <location filename="../ogpdesk/ui/actionplan.py" line="1058"/>
        <source>Institution</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="116"/>
        <source>Pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="117"/>
        <source>Accepted into commitment %1</source>
        <translation>مقبول ضمن الالتزام %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="118"/>
        <source>Merged into proposal %1</source>
        <translation>مدمج في المقترح %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="119"/>
        <source>Rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="121"/>
        <source>No quarter reviewed yet.</source>
        <translation>لم تتم متابعة أي ثلاثي بعد.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="122"/>
        <source>%1 — due %2 (%3 days late)</source>
        <translation>%1 — الأجل %2 (تأخير %3 يوما)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="601"/>
        <source>No.</source>
        <translation>ع/ر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="602"/>
        <source>Received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="603"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="604"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="605"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="606"/>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="607"/>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="809"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="810"/>
        <source>Municipal council</source>
        <translation>المجلس البلدي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="811"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="812"/>
        <source>Elected representative</source>
        <translation>منتخب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="815"/>
        <source>Steering committee</source>
        <translation>لجنة القيادة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="816"/>
        <source>Extended advisory committee</source>
        <translation>اللجنة الاستشارية الموسعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="819"/>
        <source>Municipality</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="821"/>
        <source>Ministry or public body</source>
        <translation>وزارة أو هيكل عمومي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="822"/>
        <source>Monitoring body</source>
        <translation>هيكل متابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="823"/>
        <source>Network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="824"/>
        <source>International partner</source>
        <translation>شريك دولي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="825"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="828"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="829"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1056"/>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1057"/>
        <source>Held by</source>
        <translation>يشغله</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1396"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1397"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1398"/>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1456"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1457"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1458"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1459"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1460"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1653"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة القيادة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1654"/>
        <source>&amp;Commitments</source>
        <translation>&amp;الالتزامات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1655"/>
        <source>&amp;Governance</source>
        <translation>ال&amp;حوكمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1656"/>
        <source>Co-c&amp;reation</source>
        <translation>الإ&amp;نشاء المشترك</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1657"/>
        <source>&amp;Proposals</source>
        <translation>ال&amp;مقترحات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1658"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
</context>
<context>
    <name>CoCreationPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1476"/>
        <source>public-facing meetings held</source>
        <translation>اجتماعات عمومية انعقدت</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1477"/>
        <source>stakeholder groups took part</source>
        <translation>فئات من الفاعلين شاركت</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1478"/>
        <source>participants</source>
        <translation>مشاركًا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1479"/>
        <source>attendances</source>
        <translation>حضورًا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1480"/>
        <source>organisations</source>
        <translation>هيكلًا ممثلًا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1491"/>
        <source>Stakeholder group</source>
        <translation>فئة الفاعلين</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1492"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1493"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1504"/>
        <source>Public meetings of the co-creation</source>
        <translation>الاجتماعات العمومية للإنشاء المشترك</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1515"/>
        <source>Public &amp;meetings</source>
        <translation>ال&amp;اجتماعات العمومية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1522"/>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1526"/>
        <source>Format of the report</source>
        <translation>صيغة التقرير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1527"/>
        <source>&amp;Export the co-creation report…</source>
        <translation>&amp;تصدير تقرير الإنشاء المشترك…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1570"/>
        <source>People with a disability: %1</source>
        <translation>أشخاص من ذوي الإعاقة: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1578"/>
        <source>(%1 remotely)</source>
        <translation>(منهم %1 عن بعد)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1605"/>
        <location filename="../ogpdesk/ui/actionplan.py" line="1610"/>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1618"/>
        <source>Export the co-creation report</source>
        <translation>تصدير تقرير الإنشاء المشترك</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1629"/>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="356"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="378"/>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="379"/>
        <source>Title in &amp;Arabic:</source>
        <translation>العنوان بال&amp;عربية:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="380"/>
        <source>&amp;Problem addressed:</source>
        <translation>الإشكال الم&amp;عالج:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="381"/>
        <source>&amp;Objective:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="382"/>
        <source>&amp;Start:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="383"/>
        <source>&amp;End:</source>
        <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="389"/>
        <source>OGP values:</source>
        <translation>قيم الحكومة المفتوحة:</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="447"/>
        <source>Commitments and milestones</source>
        <translation>الالتزامات والمراحل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="450"/>
        <source>No.</source>
        <translation>ع/ر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="451"/>
        <source>Commitment / milestone</source>
        <translation>الالتزام / المرحلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="452"/>
        <source>OGP values / due</source>
        <translation>القيم / الأجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="453"/>
        <source>Lead / responsible</source>
        <translation>الرائد / المسؤول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="457"/>
        <source>&amp;Add commitment…</source>
        <translation>إ&amp;ضافة التزام…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="458"/>
        <source>Add &amp;milestone…</source>
        <translation>إضافة &amp;مرحلة…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="459"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="508"/>
        <source>Add a commitment</source>
        <translation>إضافة التزام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="516"/>
        <source>Edit a commitment</source>
        <translation>تعديل التزام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="524"/>
        <source>Add a milestone</source>
        <translation>إضافة مرحلة</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1076"/>
        <source>Add a seat…</source>
        <translation>إضافة مقعد…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1077"/>
        <source>Change the seat…</source>
        <translation>تعديل المقعد…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1078"/>
        <source>Remove the seat</source>
        <translation>حذف المقعد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1104"/>
        <source>No one is named for this seat yet: its label is shown.</source>
        <translation>لم يُسمَّ أحد لهذا المقعد بعد: تظهر تسميته.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="281"/>
        <source>Overdue milestones</source>
        <translation>المراحل المتأخرة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="283"/>
        <source>Open action items</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Due</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="285"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="290"/>
        <source>Overdue &amp;milestones</source>
        <translation>المراحل ال&amp;متأخرة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="292"/>
        <source>Open &amp;action items</source>
        <translation>الإجراءات الم&amp;فتوحة</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="347"/>
        <source>Decision on: %1</source>
        <translation>قرار بخصوص: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="350"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="352"/>
        <source>Action required</source>
        <translation>الإجراء المطلوب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="353"/>
        <source>the decision itself, if left empty</source>
        <translation>القرار نفسه إن ترك فارغا</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="355"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="356"/>
        <source>&amp;Due by</source>
        <translation>في أ&amp;جل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="360"/>
        <source>Due date</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="364"/>
        <source>&amp;Decision:</source>
        <translation>ال&amp;قرار:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="365"/>
        <source>&amp;Action required:</source>
        <translation>الإجراء ال&amp;مطلوب:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="366"/>
        <source>&amp;Responsible:</source>
        <translation>الم&amp;سؤول:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="50"/>
        <source>“{title}” is not an action plan: commitments belong to action plans.</source>
        <translation>«{title}» ليست خطة عمل: الالتزامات تنتمي إلى خطط العمل.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="53"/>
        <source>A commitment needs a title.</source>
        <translation>يجب أن يكون للالتزام عنوان.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="54"/>
        <source>A milestone needs a deliverable.</source>
        <translation>يجب أن تحدد للمرحلة نتيجة منتظرة.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="55"/>
        <source>Unknown OGP value “{value}”. Known values: transparency, accountability, participation, technology.</source>
        <translation>قيمة غير معروفة «{value}». القيم المعروفة: transparency، accountability، participation، technology.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="60"/>
        <source>The end date {end} comes before the start date {start}.</source>
        <translation>تاريخ النهاية {end} يسبق تاريخ البداية {start}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="61"/>
        <source>“{name}” is not a field that can be edited here.</source>
        <translation>«{name}» ليس حقلا يمكن تعديله هنا.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="62"/>
        <source>A committee seat needs a person, an institution or at least a label.</source>
        <translation>يجب أن يكون لمقعد اللجنة شخص أو مؤسسة أو على الأقل تسمية.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="65"/>
        <source>An institution needs a name.</source>
        <translation>يجب أن يكون للمؤسسة اسم.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/commitments.py" line="66"/>
        <source>process</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="40"/>
        <source>“{text}” is not a quarter; write it like 2025Q3 (year, Q, 1 to 4).</source>
        <translation>«{text}» ليس ثلاثيا؛ اكتبه على شكل 2025Q3 (السنة ثم Q ثم رقم من 1 إلى 4).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="43"/>
        <source>The meeting “{title}” belongs to no action plan, so it has no progress to review.</source>
        <translation>الاجتماع «{title}» لا ينتمي إلى أي خطة عمل، فلا تقدم لمتابعته.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="46"/>
        <source>A percentage must be a whole number from 0 to 100, not “{value}”.</source>
        <translation>يجب أن تكون النسبة عددا صحيحا من 0 إلى 100، وليس «{value}».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="49"/>
        <source>Unknown progress status “{value}”. Known: not_started, limited, substantial, completed, withdrawn.</source>
        <translation>حالة تقدم غير معروفة «{value}». الحالات المعروفة: not_started، limited، substantial، completed، withdrawn.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="54"/>
        <source>“{name}” is not a field of a progress review.</source>
        <translation>«{name}» ليس حقلا من حقول متابعة التقدم.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="55"/>
        <source>This progress row was not reviewed at a meeting; record the decision in a meeting.</source>
        <translation>لم تتم متابعة هذا السطر في اجتماع؛ سجل القرار في اجتماع.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/progress.py" line="58"/>
        <source>Nothing to record: the text is empty.</source>
        <translation>لا شيء للتسجيل: النص فارغ.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="33"/>
        <source>A proposal needs its text.</source>
        <translation>يجب أن يكون للمقترح نص.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="34"/>
        <source>Say why the proposal is rejected: the reason is given back to its author.</source>
        <translation>اذكر سبب رفض المقترح: يبلغ السبب إلى صاحبه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="37"/>
        <source>The proposal and commitment {number} belong to different action plans.</source>
        <translation>المقترح والالتزام {number} ينتميان إلى خطتي عمل مختلفتين.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="40"/>
        <source>A proposal cannot be merged into itself.</source>
        <translation>لا يمكن دمج مقترح في نفسه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="41"/>
        <source>These proposals are already merged the other way round; merge the other one.</source>
        <translation>هذان المقترحان مدمجان في الاتجاه المعاكس؛ ادمج الآخر.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/proposals.py" line="44"/>
        <source>Only proposals of the same action plan can be merged.</source>
        <translation>لا يمكن دمج إلا مقترحات نفس خطة العمل.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/core/edits.py" line="22"/>
        <source>row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="37"/>
        <source>No progress has been reviewed yet for “{title}”: there is no matrix to export.</source>
        <translation>لم تتم بعد أي متابعة للتقدم في «{title}»: لا توجد مصفوفة للتصدير.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/progress.py" line="40"/>
        <source>The {kind} document is made for an action plan: name it with --process.</source>
        <translation>الوثيقة {kind} تخص خطة عمل: حددها بـ --process.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/site.py" line="61"/>
        <source>“{path}” is a file; the public page is written into a folder.</source>
        <translation>«{path}» ملف؛ الصفحة العمومية تكتب في مجلد.</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1131"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1131"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1145"/>
        <source>Lead institutions</source>
        <translation>المؤسسات الرائدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1150"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1151"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1159"/>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1166"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1167"/>
        <source>&amp;Lead institutions:</source>
        <translation>المؤسسات ال&amp;رائدة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1168"/>
        <source>Independent &amp;monitoring body:</source>
        <translation>هيكل ال&amp;متابعة المستقل:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1212"/>
        <source>Not chosen yet</source>
        <translation>لم يُختر بعد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1220"/>
        <source>Change the plan&apos;s period</source>
        <translation>تغيير فترة الخطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1230"/>
        <source>Add a lead institution</source>
        <translation>إضافة مؤسسة رائدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1238"/>
        <source>Remove a lead institution</source>
        <translation>حذف مؤسسة رائدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1248"/>
        <source>Choose the monitoring body</source>
        <translation>اختيار هيكل المتابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1266"/>
        <source>Add a committee seat</source>
        <translation>إضافة مقعد في اللجنة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1287"/>
        <source>Change a committee seat</source>
        <translation>تعديل مقعد في اللجنة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1295"/>
        <source>Remove a committee seat</source>
        <translation>حذف مقعد من اللجنة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1321"/>
        <source>Lead institution</source>
        <translation>مؤسسة رائدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1322"/>
        <source>&amp;Institution leading the plan with the others:</source>
        <translation>ال&amp;مؤسسة التي تقود الخطة مع غيرها:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1338"/>
        <source>Independent monitoring body</source>
        <translation>هيكل المتابعة المستقل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1339"/>
        <source>&amp;Body that monitors the plan independently:</source>
        <translation>ال&amp;هيكل الذي يتابع الخطة باستقلالية:</translation>
    </message>
</context>
<context>
    <name>InstitutionChooser</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="871"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="876"/>
        <source>Kind of a new institution</source>
        <translation>نوع المؤسسة الجديدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="877"/>
        <source>New institution, of the kind:</source>
        <translation>مؤسسة جديدة، من نوع:</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="414"/>
        <source>Milestone</source>
        <translation>مرحلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="422"/>
        <source>&amp;Deliverable:</source>
        <translation>النتيجة ال&amp;منتظرة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="423"/>
        <source>&amp;Due date:</source>
        <translation>الأ&amp;جل:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="424"/>
        <source>&amp;Responsible:</source>
        <translation>الم&amp;سؤول:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="425"/>
        <source>&amp;Verification source:</source>
        <translation>م&amp;صدر التحقق:</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="187"/>
        <source>Progress of each commitment over the quarters</source>
        <translation>تقدم كل التزام عبر الثلاثيات</translation>
    </message>
</context>
<context>
    <name>ProgressReview</name>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="64"/>
        <source>Not started</source>
        <translation>لم ينطلق</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="65"/>
        <source>Limited</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="66"/>
        <source>Substantial</source>
        <translation>جوهري</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="67"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="68"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="71"/>
        <source>No.</source>
        <translation>ع/ر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="72"/>
        <source>Commitment / milestone</source>
        <translation>الالتزام / المرحلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="73"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="74"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="75"/>
        <source>Change</source>
        <translation>التطور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="76"/>
        <source>Challenges</source>
        <translation>الصعوبات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="77"/>
        <source>Next steps</source>
        <translation>الخطوات القادمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="78"/>
        <source>Evidence</source>
        <translation>الإثباتات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="79"/>
        <source>Actions decided</source>
        <translation>الإجراءات المقررة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="89"/>
        <source>Change %1 of commitment %2</source>
        <translation>تعديل %1 للالتزام %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="91"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="92"/>
        <source>percent complete</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="93"/>
        <source>challenges</source>
        <translation>الصعوبات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="94"/>
        <source>next steps</source>
        <translation>الخطوات القادمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="95"/>
        <source>evidence</source>
        <translation>الإثباتات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="97"/>
        <source>first review</source>
        <translation>أول متابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="99"/>
        <source>+%1 pts (was %2 %)</source>
        <translation>تقدم بـ%1 نقطة (كانت %2 %)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="100"/>
        <source>−%1 pts (was %2 %)</source>
        <translation>تراجع بـ%1 نقطة (كانت %2 %)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="101"/>
        <source>no change (%2 %)</source>
        <translation>دون تغيير (%2 %)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="102"/>
        <source>was: %1</source>
        <translation>كانت: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="103"/>
        <source>Percent complete</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="105"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="106"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="107"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>ProgressReviewPanel</name>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="404"/>
        <source>Quarter reviewed</source>
        <translation>الثلاثي موضوع المتابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="405"/>
        <source>&amp;Quarter:</source>
        <translation>ال&amp;ثلاثي:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="407"/>
        <source>&amp;Open the review</source>
        <translation>&amp;فتح المتابعة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="409"/>
        <source>One row per commitment and milestone, prefilled from the previous quarter</source>
        <translation>سطر لكل التزام ومرحلة، معبأ مسبقا من الثلاثي السابق</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="418"/>
        <source>Progress matrix</source>
        <translation>مصفوفة التقدم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="443"/>
        <source>&amp;Decision on this row…</source>
        <translation>&amp;قرار بخصوص هذا السطر…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="447"/>
        <source>Language of the exported matrix</source>
        <translation>لغة المصفوفة المصدرة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="448"/>
        <source>&amp;Export the matrix…</source>
        <translation>ت&amp;صدير المصفوفة…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="531"/>
        <source>Prefilled from %1; edit what changed.</source>
        <translation>معبأة مسبقا من %1؛ عدل ما تغير.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="533"/>
        <source>First review of the plan.</source>
        <translation>أول متابعة للخطة.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="536"/>
        <source>This quarter was reviewed at another meeting.</source>
        <translation>تمت متابعة هذا الثلاثي في اجتماع آخر.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="538"/>
        <source>Not reviewed yet: open the review to start.</source>
        <translation>لم تتم المتابعة بعد: افتح المتابعة للبدء.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="554"/>
        <source>Open the review of %1</source>
        <translation>فتح متابعة %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="586"/>
        <source>Decision on commitment %1</source>
        <translation>قرار بخصوص الالتزام %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="621"/>
        <source>Exporting the progress matrix…</source>
        <translation>جار تصدير مصفوفة التقدم…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/progress_review.py" line="628"/>
        <source>Export the progress matrix</source>
        <translation>تصدير مصفوفة التقدم</translation>
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
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="577"/>
        <source>&amp;Proposal:</source>
        <translation>ال&amp;مقترح:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="578"/>
        <source>&amp;Topic:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="579"/>
        <source>&amp;From:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="580"/>
        <source>&amp;Who:</source>
        <translation>&amp;صفته:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="581"/>
        <source>&amp;Channel:</source>
        <translation>ال&amp;قناة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="582"/>
        <source>&amp;Received on:</source>
        <translation>تاريخ ال&amp;ورود:</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="614"/>
        <source>Consultation proposals</source>
        <translation>مقترحات الاستشارة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="623"/>
        <source>&amp;Add proposal…</source>
        <translation>إ&amp;ضافة مقترح…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="624"/>
        <source>Acc&amp;ept into…</source>
        <translation>&amp;قبول ضمن…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="625"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="626"/>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="627"/>
        <source>Re&amp;open</source>
        <translation>إعادة &amp;فتح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="680"/>
        <source>%1 proposals, %2 taken up in commitments</source>
        <translation>%1 مقترحا، منها %2 ضمن الالتزامات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="703"/>
        <source>Add a proposal</source>
        <translation>إضافة مقترح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="721"/>
        <source>Accept a proposal</source>
        <translation>قبول مقترح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="729"/>
        <source>Merge proposals</source>
        <translation>دمج مقترحات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="733"/>
        <source>Reject a proposal</source>
        <translation>رفض مقترح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="741"/>
        <source>Reopen a proposal</source>
        <translation>إعادة فتح مقترح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="767"/>
        <source>Accept into</source>
        <translation>قبول ضمن</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="767"/>
        <source>Commitment:</source>
        <translation>الالتزام:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="785"/>
        <source>Merge into</source>
        <translation>دمج في</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="786"/>
        <source>Similar proposal:</source>
        <translation>مقترح مماثل:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="799"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="799"/>
        <source>Reason given back to the author:</source>
        <translation>السبب الذي يبلغ إلى صاحب المقترح:</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="970"/>
        <source>Committee seat</source>
        <translation>مقعد في اللجنة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="985"/>
        <source>e.g. Member from the local council of East Kef</source>
        <translation>مثال: عضو من المجلس المحلي للكاف الشرقية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1000"/>
        <source>Co&amp;mmittee:</source>
        <translation>ال&amp;لجنة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1001"/>
        <source>&amp;Seat:</source>
        <translation>ال&amp;مقعد:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1002"/>
        <source>&amp;Held by:</source>
        <translation>&amp;يشغله:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1003"/>
        <source>&amp;Label:</source>
        <translation>ال&amp;تسمية:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1004"/>
        <source>&amp;Institution:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/actionplan.py" line="1031"/>
        <source>“%1” is not in the participants&apos; directory: choose a person from the list, or write the name as the seat&apos;s label.</source>
        <translation>«%1» غير موجود في دليل المشاركين: اختر شخصًا من القائمة، أو اكتب الاسم كتسمية للمقعد.</translation>
    </message>
</context>
</TS>
