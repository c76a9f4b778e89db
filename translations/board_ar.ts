<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="60"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="61"/>
        <source>Remote</source>
        <translation>عن بعد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="62"/>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="63"/>
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="64"/>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="67"/>
        <source>Authority</source>
        <translation>سلطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="68"/>
        <source>Administration</source>
        <translation>إدارة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="69"/>
        <source>Civil society</source>
        <translation>مجتمع مدني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="70"/>
        <source>Citizen</source>
        <translation>مواطن</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="71"/>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="72"/>
        <source>Academic</source>
        <translation>جامعي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="73"/>
        <source>Private sector</source>
        <translation>قطاع خاص</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="74"/>
        <source>Media</source>
        <translation>إعلام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="77"/>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="78"/>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="79"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="81"/>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="83"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="84"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="85"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="86"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="87"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="225"/>
        <source>Name in Arabic or Latin script, then Enter</source>
        <translation>الاسم بالحروف العربية أو اللاتينية، ثم Enter</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="226"/>
        <source>Find a participant to sign in</source>
        <translation>البحث عن مشارك لتسجيل حضوره</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="231"/>
        <source>&amp;Sign in:</source>
        <translation>&amp;تسجيل الحضور:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="235"/>
        <source>Matching participants</source>
        <translation>المشاركون المطابقون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="239"/>
        <source>Last sign-in</source>
        <translation>آخر تسجيل حضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="242"/>
        <source>Newcomer&apos;s name</source>
        <translation>اسم الوافد الجديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="244"/>
        <source>Newcomer&apos;s organisation</source>
        <translation>مؤسسة الوافد الجديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="246"/>
        <source>Newcomer&apos;s stakeholder group</source>
        <translation>فئة الوافد الجديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="248"/>
        <source>Newcomer&apos;s gender</source>
        <translation>جنس الوافد الجديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="249"/>
        <source>&amp;Add and sign in</source>
        <translation>إ&amp;ضافة وتسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="253"/>
        <source>Newcomer</source>
        <translation>وافد جديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="256"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="257"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="258"/>
        <source>&amp;Group:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="259"/>
        <source>G&amp;ender:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="272"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="283"/>
        <source>A&amp;ttendance (F2 changes the status):</source>
        <translation>ال&amp;حضور (F2 لتغيير الحالة):</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="285"/>
        <source>&amp;Import a list…</source>
        <translation>ا&amp;ستيراد قائمة…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="287"/>
        <source>Invite the people of a CSV or XLSX list to this meeting</source>
        <translation>دعوة الأشخاص الواردين في قائمة CSV أو XLSX إلى هذا الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="298"/>
        <source>Attendance by status</source>
        <translation>الحضور حسب الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="299"/>
        <source>Attendance by stakeholder group</source>
        <translation>الحضور حسب فئة الفاعلين</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="300"/>
        <source>Attendance by gender</source>
        <translation>الحضور حسب الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="305"/>
        <source>Who came</source>
        <translation>من حضر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="309"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="310"/>
        <source>By group:</source>
        <translation>حسب الفئة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="311"/>
        <source>By gender:</source>
        <translation>حسب الجنس:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="399"/>
        <source>%1 is already signed in.</source>
        <translation>تم تسجيل حضور %1 من قبل.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="402"/>
        <source>%1 signed in.</source>
        <translation>تم تسجيل حضور %1.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="412"/>
        <source>%1 is not in the directory: add them as a newcomer.</source>
        <translation>%1 غير موجود في الدليل: أضفه كوافد جديد.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="422"/>
        <source>Sign in %1</source>
        <translation>تسجيل حضور %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="424"/>
        <source>Attendance of %1</source>
        <translation>حضور %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="441"/>
        <source>Add newcomer %1</source>
        <translation>إضافة الوافد الجديد %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/attendance.py" line="455"/>
        <source>%1 added and signed in.</source>
        <translation>تمت إضافة %1 وتسجيل حضوره.</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="54"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="55"/>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="56"/>
        <source>Last name</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="57"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="58"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="59"/>
        <source>Stakeholder group</source>
        <translation>فئة الفاعلين</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="60"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="61"/>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="62"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="63"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="64"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="65"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="67"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="68"/>
        <source>Already in the directory</source>
        <translation>موجود في الدليل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="69"/>
        <source>Repeated: {reason}</source>
        <translation>مكرر: {reason}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="70"/>
        <source>Rejected: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="117"/>
        <location filename="../ogpdesk/ui/participant_import.py" line="196"/>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="120"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="121"/>
        <source>A CSV or XLSX file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="123"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="125"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="128"/>
        <source>How the file was read</source>
        <translation>طريقة قراءة الملف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="131"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="144"/>
        <source>Preview of the rows</source>
        <translation>معاينة الأسطر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="148"/>
        <source>&amp;Preview:</source>
        <translation>م&amp;عاينة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="152"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="156"/>
        <source>Rows left out and why</source>
        <translation>الأسطر المستبعدة وأسباب استبعادها</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="158"/>
        <source>&amp;Rows left out and why:</source>
        <translation>ال&amp;أسطر المستبعدة وأسباب استبعادها:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="165"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="198"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>قوائم المشاركين (*.csv *.xlsx *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="220"/>
        <source>Reading the participants…</source>
        <translation>جارٍ قراءة المشاركين…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="245"/>
        <source>Read as %1, %2 rows</source>
        <translation>قُرئ بصيغة %1، عدد الأسطر: %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="253"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="255"/>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="283"/>
        <source>%1 new, %2 already in the directory, %3 repeated in the file, %4 rejected.</source>
        <translation>جدد: %1، موجودون في الدليل: %2، مكررون في الملف: %3، مرفوضون: %4.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="301"/>
        <source>row %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="306"/>
        <source>Rejected rows: %1</source>
        <translation>الأسطر المرفوضة: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="307"/>
        <source>Repeated in the file, imported once: %1</source>
        <translation>مكررة في الملف، استُوردت مرة واحدة: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="308"/>
        <source>Values left empty: %1</source>
        <translation>قيم تُركت فارغة: %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="319"/>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="319"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="353"/>
        <source>Import participants from %1</source>
        <translation>استيراد المشاركين من %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/participant_import.py" line="371"/>
        <source>Importing the participants…</source>
        <translation>جارٍ استيراد المشاركين…</translation>
    </message>
</context>
<context>
    <name>RecommendationsBoard</name>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="62"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="63"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="64"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="67"/>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="68"/>
        <source>Adopted</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="69"/>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="70"/>
        <source>Implemented</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="71"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="72"/>
        <source>Merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="75"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="76"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="77"/>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="78"/>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="79"/>
        <source>Addressee</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="80"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="81"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="82"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="83"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="88"/>
        <source>Merged into no. {number}</source>
        <translation>مدمجة في التوصية رقم {number}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="376"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="396"/>
        <source>&amp;Whole process</source>
        <translation>كامل ال&amp;مسار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="398"/>
        <source>Show the recommendations of every meeting of this meeting&apos;s process</source>
        <translation>عرض توصيات كل اجتماعات المسار الذي ينتمي إليه هذا الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="401"/>
        <source>Show &amp;merged</source>
        <translation>إظهار ال&amp;مدمجة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="405"/>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="407"/>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="409"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="410"/>
        <source>Split…</source>
        <translation>تقسيم…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="411"/>
        <source>Adopt</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="413"/>
        <source>Link to an intervention…</source>
        <translation>ربط بمداخلة…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="416"/>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="433"/>
        <source>Interventions this recommendation stems from</source>
        <translation>المداخلات التي انبثقت عنها هذه التوصية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="435"/>
        <source>&amp;Stems from:</source>
        <translation>&amp;منبثقة عن:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="560"/>
        <source>Status of recommendation %1</source>
        <translation>حالة التوصية %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="562"/>
        <source>Edit recommendation %1</source>
        <translation>تعديل التوصية %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="576"/>
        <source>Adopt recommendations</source>
        <translation>اعتماد توصيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="589"/>
        <source>Merge recommendations %1 and %2</source>
        <translation>دمج التوصيات %1 و%2</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="614"/>
        <source>Split recommendation %1</source>
        <translation>تقسيم التوصية %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="655"/>
        <source>Move recommendation %1</source>
        <translation>نقل التوصية %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="687"/>
        <source>Link recommendation %1 to an intervention</source>
        <translation>ربط التوصية %1 بمداخلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="702"/>
        <source>Unlink recommendation %1 from an intervention</source>
        <translation>فك ربط التوصية %1 بمداخلة</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="308"/>
        <source>Link to an intervention</source>
        <translation>ربط بمداخلة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="311"/>
        <source>Filter interventions</source>
        <translation>تصفية المداخلات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="312"/>
        <source>&amp;Filter:</source>
        <translation>ت&amp;صفية:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="315"/>
        <source>Interventions</source>
        <translation>المداخلات</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="73"/>
        <source>Name, then Enter (Ctrl+H)</source>
        <translation>الاسم ثم Enter ‏(Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="74"/>
        <source>Raise a hand for</source>
        <translation>طلب الكلمة لـ</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="84"/>
        <source>Raise a &amp;hand:</source>
        <translation>&amp;طلب الكلمة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="91"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="92"/>
        <source>Time limit per speaker, in seconds</source>
        <translation>المدة القصوى لكل متدخل، بالثواني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="94"/>
        <source>Time &amp;limit:</source>
        <translation>ال&amp;مدة القصوى:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="98"/>
        <source>Speaking now</source>
        <translation>يتكلم الآن</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="101"/>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="108"/>
        <source>Waiting to speak</source>
        <translation>في انتظار الكلمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="110"/>
        <source>&amp;Waiting:</source>
        <translation>في الا&amp;نتظار:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="114"/>
        <source>Time each person spoke</source>
        <translation>مدة تدخل كل شخص</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="115"/>
        <source>Time &amp;spoken:</source>
        <translation>مدة ال&amp;تدخلات:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="119"/>
        <source>Raise a hand</source>
        <translation>طلب الكلمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="122"/>
        <source>Next speaker</source>
        <translation>المتدخل التالي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="127"/>
        <source>End turn</source>
        <translation>إنهاء التدخل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="128"/>
        <source>One more minute</source>
        <translation>دقيقة إضافية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="129"/>
        <source>Remove from queue</source>
        <translation>حذف من قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="132"/>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="134"/>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="254"/>
        <source>Speaking time of %1</source>
        <translation>مدة تدخل %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="273"/>
        <source>Nobody has the floor</source>
        <translation>لا أحد يتكلم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/speakers.py" line="276"/>
        <source>Over time</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message numerus="yes">
        <location filename="../ogpdesk/ui/speakers.py" line="299"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n مداخلة</numerusform>
            <numerusform>مداخلة واحدة</numerusform>
            <numerusform>مداخلتان</numerusform>
            <numerusform>%n مداخلات</numerusform>
            <numerusform>%n مداخلة</numerusform>
            <numerusform>%n مداخلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="276"/>
        <source>Split recommendation %1</source>
        <translation>تقسيم التوصية %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="282"/>
        <source>&amp;First part</source>
        <translation>الجزء ال&amp;أول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="284"/>
        <source>&amp;Second part</source>
        <translation>الجزء ال&amp;ثاني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="286"/>
        <source>First part</source>
        <translation>الجزء الأول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/recommendations.py" line="287"/>
        <source>Second part</source>
        <translation>الجزء الثاني</translation>
    </message>
</context>
</TS>
