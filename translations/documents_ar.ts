<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Document</name>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="23" />
        <source>Action items follow-up</source>
        <translation>متابعة الإجراءات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="24" />
        <source>All meetings</source>
        <translation>جميع الاجتماعات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="25" />
        <source>Situation on {date}</source>
        <translation>الوضعية بتاريخ {date}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="26" />
        <source>Overdue actions</source>
        <translation>إجراءات متأخرة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="27" />
        <source>Open actions</source>
        <translation>إجراءات جارية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="28" />
        <source>Completed actions</source>
        <translation>إجراءات منجزة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="29" />
        <location filename="../ogpdesk/documents/attendance.py" line="26" />
        <location filename="../ogpdesk/documents/minutes.py" line="70" />
        <location filename="../ogpdesk/documents/recommendations.py" line="40" />
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="30" />
        <location filename="../ogpdesk/documents/minutes.py" line="84" />
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="31" />
        <location filename="../ogpdesk/documents/minutes.py" line="85" />
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="32" />
        <location filename="../ogpdesk/documents/minutes.py" line="86" />
        <source>Due date</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="33" />
        <location filename="../ogpdesk/documents/minutes.py" line="56" />
        <location filename="../ogpdesk/documents/recommendations.py" line="35" />
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="34" />
        <location filename="../ogpdesk/documents/recommendations.py" line="44" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="35" />
        <location filename="../ogpdesk/documents/attendance.py" line="35" />
        <location filename="../ogpdesk/documents/minutes.py" line="66" />
        <location filename="../ogpdesk/documents/recommendations.py" line="45" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/actions.py" line="36" />
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="24" />
        <source>Attendance sheet</source>
        <translation>ورقة الحضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="25" />
        <source>Attendance list</source>
        <translation>قائمة الحضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="27" />
        <source>Name</source>
        <translation>الاسم واللقب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="28" />
        <source>Organisation</source>
        <translation>الهيكل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="29" />
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="30" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="31" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="32" />
        <location filename="../ogpdesk/documents/minutes.py" line="87" />
        <source>Signature</source>
        <translation>الإمضاء</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="33" />
        <location filename="../ogpdesk/documents/minutes.py" line="62" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/attendance.py" line="34" />
        <source>Counts</source>
        <translation>الأعداد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="86" />
        <source>Awareness session</source>
        <translation>يوم تحسيسي</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="87" />
        <source>Seminar</source>
        <translation>ندوة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="88" />
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="89" />
        <source>Co-creation meeting</source>
        <translation>اجتماع إنشاء مشترك</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="90" />
        <source>Steering committee</source>
        <translation>لجنة القيادة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="91" />
        <source>Quarterly review meeting</source>
        <translation>اجتماع المتابعة الثلاثية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="92" />
        <source>Public hearing</source>
        <translation>جلسة استماع عمومية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="93" />
        <source>Planned</source>
        <translation>مبرمج</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="94" />
        <source>In progress</source>
        <translation>بصدد الانعقاد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="95" />
        <source>Closed</source>
        <translation>مختتم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="96" />
        <source>Approved</source>
        <translation>مصادق عليه</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="97" />
        <source>Authorities</source>
        <translation>السلط</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="98" />
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="99" />
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="100" />
        <source>Citizens</source>
        <translation>المواطنون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="101" />
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="102" />
        <source>Academics</source>
        <translation>الجامعيون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="103" />
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="104" />
        <source>Media</source>
        <translation>الإعلام</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="105" />
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="106" />
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="107" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="108" />
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="109" />
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="110" />
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="111" />
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="112" />
        <source>Remote</source>
        <translation>عن بعد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="113" />
        <source>Presentation</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="114" />
        <source>Debate</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="115" />
        <source>Decision point</source>
        <translation>نقطة للتقرير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="116" />
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="117" />
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="118" />
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="119" />
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="120" />
        <source>Adopted</source>
        <translation>مصادق عليها</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="121" />
        <location filename="../ogpdesk/documents/locale.py" line="126" />
        <source>Under way</source>
        <translation>بصدد الإنجاز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="122" />
        <source>Implemented</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="123" />
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="124" />
        <source>Merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="125" />
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="127" />
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="128" />
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/locale.py" line="186" />
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="53" />
        <source>Minutes</source>
        <translation>محضر جلسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="54" />
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="55" />
        <location filename="../ogpdesk/documents/recommendations.py" line="47" />
        <source>Process</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="57" />
        <location filename="../ogpdesk/documents/recommendations.py" line="48" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="58" />
        <source>Time</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="59" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="60" />
        <source>Chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="61" />
        <source>Secretary</source>
        <translation>كاتب الجلسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="63" />
        <source>Stakeholder group</source>
        <translation>فئة المشاركين</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="64" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="65" />
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="67" />
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="68" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="69" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="71" />
        <source>Item</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="72" />
        <source>Presenter</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="73" />
        <source>Proceedings</source>
        <translation>سير الجلسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="74" />
        <source>Opening and general remarks</source>
        <translation>الافتتاح وملاحظات عامة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="75" />
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="77" />
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="78" />
        <source>Recommendation {number}:</source>
        <translation>التوصية {number}:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="79" />
        <location filename="../ogpdesk/documents/recommendations.py" line="37" />
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="80" />
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="81" />
        <source>Decision {number}:</source>
        <translation>القرار {number}:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="82" />
        <source>Vote: {for} for, {against} against, {abstain} abstentions.</source>
        <translation>التصويت: {for} موافق، {against} معترض، {abstain} محتفظ.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="83" />
        <source>Action items</source>
        <translation>الإجراءات المقررة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="88" />
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="89" />
        <source>APPROVED</source>
        <translation>مصادق عليه</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="90" />
        <source>Approved on {date} · SHA-256 {short}…</source>
        <translation>صودق عليه بتاريخ {date} · SHA-256 {short}…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="91" />
        <source>These minutes were approved on {date}. SHA-256 fingerprint of their content: {digest}</source>
        <translation>تمت المصادقة على هذا المحضر بتاريخ {date}. البصمة الرقمية SHA-256 لمحتواه: {digest}</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="95" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/minutes.py" line="96" />
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="31" />
        <source>Recommendations report</source>
        <translation>تقرير التوصيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="32" />
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="33" />
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="34" />
        <source>No theme</source>
        <translation>دون محور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="36" />
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="38" />
        <source>High priority</source>
        <translation>أولوية عالية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="39" />
        <source>Adopted or further</source>
        <translation>مصادق عليها أو أكثر تقدما</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="41" />
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="42" />
        <source>Addressee</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="43" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/recommendations.py" line="46" />
        <source>No recommendation has been recorded yet.</source>
        <translation>لم تسجل أي توصية بعد.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="46" />
        <source>There is no document of kind “{kind}”. Known kinds: {known}.</source>
        <translation>لا توجد وثيقة من نوع «{kind}». الأنواع المتاحة: {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="49" />
        <source>Cannot write “{path}”: the file name must end in {known}.</source>
        <translation>تعذرت كتابة «{path}»: يجب أن ينتهي اسم الملف بـ {known}.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="52" />
        <source>Documents exist in {known}, not in “{lang}”.</source>
        <translation>الوثائق متوفرة باللغات {known}، وليس باللغة «{lang}».</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="53" />
        <source>The {kind} document is made for one meeting: name it with --meeting.</source>
        <translation>وثيقة {kind} تخص اجتماعا واحدا: حدده بـ --meeting.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="56" />
        <source>The {kind} document needs a meeting (--meeting) or a process (--process).</source>
        <translation>تتطلب وثيقة {kind} اجتماعا (--meeting) أو مسارا (--process).</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="59" />
        <source>Cannot write “{path}”: its folder does not exist.</source>
        <translation>تعذرت كتابة «{path}»: المجلد غير موجود.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/documents/export.py" line="60" />
        <source>Cannot write “{path}”: {reason}</source>
        <translation>تعذرت كتابة «{path}»: {reason}</translation>
    </message>
</context>
</TS>