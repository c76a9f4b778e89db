<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MeetingView</name>
    <message>
        <source>Close the meeting “{title}”? Its minutes can then be approved. You can undo this from the Edit menu.</source>
        <translation>إغلاق الاجتماع «{title}»؟ يمكن بعد ذلك المصادقة على محضره. يمكنك التراجع عن ذلك من قائمة تحرير.</translation>
    </message>
    <message>
        <source>&amp;Close meeting</source>
        <translation>إ&amp;غلاق الاجتماع</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>المصادقة والإقفال</translation>
    </message>
    <message>
        <source>Approve and lock the meeting “{title}”? Nothing in it can be changed afterwards unless it is reopened, and a reopening is recorded in its minutes.</source>
        <translation>المصادقة على الاجتماع «{title}» وإقفاله؟ لن يمكن تغيير أي شيء فيه بعد ذلك إلا بإعادة فتحه، وتُسجَّل إعادة الفتح في محضره.</translation>
    </message>
    <message>
        <source>A&amp;pprove and lock</source>
        <translation>ال&amp;مصادقة والإقفال</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>إعادة فتح الاجتماع</translation>
    </message>
    <message>
        <source>Reopen the approved meeting “{title}”? It can then be changed, and its minutes record that {name} reopened it.</source>
        <translation>إعادة فتح الاجتماع المصادق عليه «{title}»؟ سيصبح قابلاً للتغيير، ويسجّل محضره أن {name} أعاد فتحه.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
</context>
</TS>
