<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Errors</name>
    <message>
        <source>same name as {count} people in the directory: add the organisation to say which, or merge them in the directory</source>
        <translation>نفس الاسم لدى {count} أشخاص في الدليل: أضف المؤسسة لتحديد المقصود، أو ادمج السجلات في الدليل</translation>
    </message>
    <message>
        <source>A participant cannot be merged with themself.</source>
        <translation>لا يمكن دمج مشارك مع نفسه.</translation>
    </message>
    <message>
        <source>“{name}” is the name of {count} people: choose one of them from the list.</source>
        <translation>«{name}» اسم {count} أشخاص: اختر أحدهم من القائمة.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>This meeting is approved and locked; reopen it to change it.</source>
        <translation>هذا الاجتماع مصادق عليه ومقفل؛ أعد فتحه لتغييره.</translation>
    </message>
    <message>
        <source>Name, Enter; empty Enter to go back (Ctrl+H)</source>
        <translation>الاسم ثم Enter؛ Enter فارغ للرجوع (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Several people have this name: double-click to choose who it was.</source>
        <translation>عدة أشخاص يحملون هذا الاسم: انقر مرتين لاختيار المتدخل.</translation>
    </message>
    <message>
        <source>Speaker of “%1”</source>
        <translation>المتدخل في «%1»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New participant: %1 — Ctrl+Z takes back the line and the person</source>
        <translation>مشارك جديد: %1 — Ctrl+Z يلغي السطر والشخص معًا</translation>
    </message>
    <message>
        <source>“%1” is the name of several people: the line is linked to nobody until you choose, in the Who column of the timeline</source>
        <translation>«%1» اسم عدة أشخاص: السطر غير مرتبط بأحد حتى تختار، في عمود «المتدخل» في الخط الزمني</translation>
    </message>
    <message>
        <source>Participant &amp;directory…</source>
        <translation>&amp;دليل المشاركين…</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Participant directory</source>
        <translation>دليل المشاركين</translation>
    </message>
    <message>
        <source>Find a name or an organisation</source>
        <translation>ابحث عن اسم أو مؤسسة</translation>
    </message>
    <message>
        <source>Find in the directory</source>
        <translation>البحث في الدليل</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Select two records of the same person (⚠ marks namesakes) and merge them: the one in more meetings is kept, with every link of the other.</source>
        <translation>اختر سجلين لنفس الشخص (⚠ تميّز الأسماء المتشابهة) وادمجهما: يُحتفظ بالسجل الحاضر في أكثر الاجتماعات، مع كل روابط الآخر.</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected</source>
        <translation>&amp;دمج السجلين المحددين</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>دمج «%1» في «%2»</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>No meeting yet. Create one with New meeting… (Ctrl+N), or load the sample seminars and action plan from a terminal: ogpdesk demo</source>
        <translation>لا يوجد اجتماع بعد. أنشئ اجتماعًا عبر «اجتماع جديد…» (Ctrl+N)، أو حمّل الندوات وخطة العمل النموذجية من الطرفية: ogpdesk demo</translation>
    </message>
</context>
</TS>
