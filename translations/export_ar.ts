<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="195"/>
        <source>Q{number} {year}</source>
        <translation>الثلاثي {number} لسنة {year}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="76"/>
        <source>Choose a meeting first, then export its documents.</source>
        <translation>اختر اجتماعًا أولًا، ثم صدّر وثائقه.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="77"/>
        <source>Choose where to write the document.</source>
        <translation>اختر أين تُحفظ الوثيقة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Overdue as &amp;of:</source>
        <translation>متأخر في &amp;تاريخ:</translation>
    </message>
    <message>
        <source>Unchecked: as of the day of the latest meeting the list reports on</source>
        <translation>دون تحديد: في تاريخ آخر اجتماع تشمله القائمة</translation>
    </message>
    <message>
        <source>Overdue as of</source>
        <translation>متأخر في تاريخ</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="74"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
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
        <translation>محضر جلسة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="122"/>
        <source>Recommendations report</source>
        <translation>تقرير التوصيات</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="131"/>
        <source>Attendance list</source>
        <translation>قائمة الحضور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="139"/>
        <source>Action items</source>
        <translation>الإجراءات المقررة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="146"/>
        <source>Progress matrix</source>
        <translation>مصفوفة التقدم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="155"/>
        <source>Co-creation report</source>
        <translation>تقرير الإنشاء المشترك</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="163"/>
        <source>Public progress site (web pages)</source>
        <translation>الموقع العمومي لمتابعة التقدم (صفحات ويب)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="171"/>
        <source>Attendance sheet (to sign)</source>
        <translation>ورقة الحضور (للإمضاء)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="173"/>
        <source>This meeting</source>
        <translation>هذا الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="174"/>
        <source>Every meeting of “%1”</source>
        <translation>كل اجتماعات «%1»</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="176"/>
        <source>The action plan “%1”, latest quarter</source>
        <translation>خطة العمل «%1»، آخر ثلاثية</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="180"/>
        <source>By theme</source>
        <translation>حسب المحور</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="181"/>
        <source>By meeting</source>
        <translation>حسب الاجتماع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="401"/>
        <source>Export — %1</source>
        <translation>تصدير — %1</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="419"/>
        <source>&amp;Bilingual edition (Arabic and French side by side)</source>
        <translation>نسخة &amp;ثنائية اللغة (العربية والفرنسية جنبًا إلى جنب)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="420"/>
        <source>Include &amp;private contact data (phones, e-mails)</source>
        <translation>تضمين بيانات الاتصال ال&amp;خاصة (الهواتف والبريد الإلكتروني)</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="423"/>
        <source>Phone numbers and e-mail addresses are personal data: hand such a document only to those who need them.</source>
        <translation>أرقام الهواتف وعناوين البريد الإلكتروني معطيات شخصية: لا تُسلَّم وثيقة تتضمنها إلا لمن يحتاجها.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="436"/>
        <source>B&amp;rowse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="448"/>
        <source>&amp;Document:</source>
        <translation>ال&amp;وثيقة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="449"/>
        <source>&amp;Content:</source>
        <translation>ال&amp;محتوى:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="451"/>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="452"/>
        <source>&amp;Format:</source>
        <translation>الص&amp;يغة:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="179"/>
        <source>Usual: by theme, or by meeting for a process</source>
        <translation>المعتاد: حسب المحور، أو حسب الاجتماع لمسار كامل</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="175"/>
        <source>The action plan “%1”, one quarter</source>
        <translation>خطة العمل «%1»، ثلاثي واحد</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="450"/>
        <source>&amp;Quarter:</source>
        <translation>ال&amp;ثلاثي:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="453"/>
        <source>&amp;Grouping:</source>
        <translation>ال&amp;تجميع:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="462"/>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="464"/>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="473"/>
        <source>First page of the document</source>
        <translation>الصفحة الأولى من الوثيقة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="477"/>
        <source>About the preview</source>
        <translation>حول المعاينة</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="485"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="542"/>
        <source>Folder of web pages</source>
        <translation>مجلد صفحات ويب</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="618"/>
        <source>Choose where to write the document.</source>
        <translation>اختر أين تُحفظ الوثيقة.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="620"/>
        <source>This folder does not exist.</source>
        <translation>هذا المجلد غير موجود.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="622"/>
        <source>A folder has this name: choose another name.</source>
        <translation>يوجد مجلد بهذا الاسم: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="624"/>
        <source>This file exists: exporting replaces it.</source>
        <translation>هذا الملف موجود: سيُستبدل عند التصدير.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="632"/>
        <source>Folder in which to put the site</source>
        <translation>المجلد الذي يوضع فيه الموقع</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="638"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="656"/>
        <location filename="../ogpdesk/ui/export_dialog.py" line="676"/>
        <location filename="../ogpdesk/ui/export_dialog.py" line="695"/>
        <source>Drawing the first page…</source>
        <translation>جارٍ رسم الصفحة الأولى…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="693"/>
        <source>The public site is a folder of web pages and posters: no preview.</source>
        <translation>الموقع العمومي مجلد من صفحات الويب والملصقات: لا معاينة له.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="701"/>
        <source>Page 1 of %1.</source>
        <translation>الصفحة 1 من %1.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="704"/>
        <source>Page 1 of %1 of the PDF made from the same document; Word and Excel lay out their own pages.</source>
        <translation>الصفحة 1 من %1 من ملف PDF المُعدّ من الوثيقة نفسها؛ أما Word وExcel فيرتّبان الصفحات بطريقتهما.</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="732"/>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location filename="../ogpdesk/ui/export_dialog.py" line="739"/>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
</context>
</TS>
