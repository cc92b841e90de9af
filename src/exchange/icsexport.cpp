#include "exchange/icsexport.h"

#include "core/clock.h"
#include "core/translate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace duban {

namespace {

QString tr(const char* s)
{
    return translateIn({"IcsExport", "duban"}, s);
}

QByteArray dateValue(const QDate& d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

void property(QByteArray* out, const QByteArray& nameAndParams, const QByteArray& value)
{
    *out += icsFold(nameAndParams + ':' + value);
    *out += "\r\n";
}

void text(QByteArray* out, const QByteArray& name, const QString& value)
{
    property(out, name, icsEscape(value).toUtf8());
}

QString description(const TaskRecord& t)
{
    QStringList lines;
    lines << tr("牵头单位：%1").arg(t.leadUnits.join(QStringLiteral("、")));
    if (!t.coUnits.isEmpty())
        lines << tr("责任单位：%1").arg(t.coUnits.join(QStringLiteral("、")));
    if (!t.deadlineText.isEmpty())
        lines << tr("完成时限：%1").arg(t.deadlineText);
    const QString source = t.docNumber.isEmpty() ? t.directive : t.directive + u' ' + t.docNumber;
    if (!source.trimmed().isEmpty())
        lines << tr("文件：%1").arg(source.trimmed());
    lines << tr("状态：%1，进度 %2%").arg(statusLabel(t.status)).arg(t.percent);
    if (!t.text.isEmpty() && t.text != t.title)
        lines << t.text;
    return lines.join(u'\n');
}

} // namespace

QString icsEscape(const QString& in)
{
    QString out;
    out.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < in.size() && in[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray icsFold(const QByteArray& line)
{
    constexpr int kMax = 75;
    QByteArray out;
    int start = 0, limit = kMax; // the first line has 75 octets; continuations 74 after their space
    while (line.size() - start > limit) {
        int cut = start + limit;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = kMax - 1;
    }
    out += line.mid(start);
    return out;
}

QList<TaskRecord> icsTasks(Repository& repo, const QString& unit, StoreError* error)
{
    if (!unit.isEmpty() && !repo.findUnit(unit, error))
        return {};
    TaskFilter f;
    f.unit = unit;
    f.deadlineFrom = QDate(1, 1, 1); // a deadline at all
    QList<TaskRecord> out;
    for (const TaskRecord& t : repo.tasks(f, {TaskSortKey::Deadline, Qt::AscendingOrder}, 0, -1, error))
        if (t.deadline.isValid() && (t.status == Status::NotStarted || t.status == Status::InProgress))
            out.append(t);
    return out;
}

QByteArray icsCalendar(const QList<TaskRecord>& tasks, const QString& uidScope, const QDateTime& stamp)
{
    QByteArray out;
    property(&out, "BEGIN", "VCALENDAR");
    property(&out, "VERSION", "2.0");
    property(&out, "PRODID", "-//Duban//Duban task deadlines//ZH");
    property(&out, "CALSCALE", "GREGORIAN");
    property(&out, "METHOD", "PUBLISH");
    text(&out, "X-WR-CALNAME", tr("督办任务期限"));
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    for (const TaskRecord& t : tasks) {
        property(&out, "BEGIN", "VEVENT");
        property(&out, "UID", QStringLiteral("task-%1-%2@duban").arg(t.id).arg(uidScope).toUtf8());
        property(&out, "DTSTAMP", dtstamp);
        property(&out, "DTSTART;VALUE=DATE", dateValue(t.deadline));
        property(&out, "DTEND;VALUE=DATE", dateValue(t.deadline.addDays(1)));
        text(&out, "SUMMARY", tr("【到期】%1").arg(t.title));
        text(&out, "DESCRIPTION", description(t));
        if (!t.leadUnits.isEmpty())
            text(&out, "CATEGORIES", t.leadUnits.join(u'、'));
        property(&out, "TRANSP", "TRANSPARENT");
        property(&out, "BEGIN", "VALARM");
        property(&out, "ACTION", "DISPLAY");
        property(&out, "TRIGGER", "-P1D");
        text(&out, "DESCRIPTION", tr("明日到期：%1").arg(t.title));
        property(&out, "END", "VALARM");
        property(&out, "END", "VEVENT");
    }
    property(&out, "END", "VCALENDAR");
    return out;
}

bool writeIcs(Repository& repo, const QString& unit, const QString& path, int* written, QString* error)
{
    StoreError e;
    const QList<TaskRecord> tasks = icsTasks(repo, unit, &e);
    if (e.isError()) {
        *error = e.message;
        return false;
    }
    const QString scope = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(repo.path()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8));
    const QByteArray data = icsCalendar(tasks, scope, Clock::now());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush()) {
        *error = tr("无法写入文件 %1：%2").arg(path, f.errorString());
        return false;
    }
    if (written)
        *written = int(tasks.size());
    return true;
}

} // namespace duban
