// Deadlines as an .ics file: the RFC 5545 details by hand (escaping, folding at 75 octets without cutting
// a character, CRLF), then a seeded database's export read back by Python's icalendar as a calendar would.
#include "core/clock.h"
#include "exchange/icsexport.h"
#include "pinnedclock.h"
#include "qtprint.h"
#include "seeddb.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

TEST(IcsExport, EscapesTextSpecials)
{
    EXPECT_EQ(icsEscape(QStringLiteral("甲,乙;丙\\丁\n戊\r\n己")),
              QStringLiteral("甲\\,乙\\;丙\\\\丁\\n戊\\n己"));
}

TEST(IcsExport, FoldsAt75OctetsBetweenCharacters)
{
    // "SUMMARY:" (8 octets) + 40 × 3-octet characters = 128 octets: 8 + 22 × 3 = 74 fit the first line
    // (a 23rd would make 77); the 18 left (54 octets) follow after one space.
    const QString chars = QString(40, QChar(0x7763)); // 督
    const QByteArray folded = icsFold("SUMMARY:" + chars.toUtf8());
    const QList<QByteArray> lines = folded.split('\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].endsWith('\r'));
    EXPECT_EQ(lines[0].size() - 1, 74);
    EXPECT_EQ(lines[1].size(), 1 + 54);
    EXPECT_EQ(lines[1].front(), ' ');
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(QString::fromUtf8(unfolded), QStringLiteral("SUMMARY:") + chars);
    EXPECT_EQ(icsFold("SHORT:x"), QByteArray("SHORT:x"));
    // ASCII: exactly 75 octets stay on one line; 76 fold.
    EXPECT_EQ(icsFold(QByteArray(75, 'a')).size(), 75);
    EXPECT_EQ(icsFold(QByteArray(76, 'a')), QByteArray(75, 'a') + "\r\n a");
}

namespace {

QString python()
{
    // The Debian interpreter: python3-icalendar is installed for it (scripts/setup.sh).
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

QJsonObject parsed(const QString& path)
{
    QProcess p;
    p.start(python(), {test::sourceDir() + QStringLiteral("/tests/exchange/parse_ics.py"), path});
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString()
                               << " (python3-icalendar is installed by scripts/setup.sh)";
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

TEST(IcsExport, CalendarReadsEveryOpenDeadline)
{
    test::PinnedClock clock(QDateTime(QDate(2020, 7, 1), QTime(9, 30), Qt::UTC));
    QTemporaryDir dir;
    QString error;
    auto repo = test::seededDatabase(dir.filePath(QStringLiteral("d.sqlite")),
                                     {QStringLiteral("002_d0bee7f88f53cd37.txt")}, &error);
    ASSERT_TRUE(repo) << error.toStdString();
    const QList<TaskRecord> expected = icsTasks(*repo, {});
    ASSERT_GT(expected.size(), 3);
    // One task done: it leaves the calendar.
    ASSERT_TRUE(
        repo->applyEdit({expected[0].id, TaskField::Status, int(Status::Done)}, QStringLiteral("测试"))
            .isValid());
    const QList<TaskRecord> open = icsTasks(*repo, {});
    ASSERT_EQ(open.size(), expected.size() - 1);

    const QString path = dir.filePath(QStringLiteral("期限.ics"));
    int written = 0;
    ASSERT_TRUE(writeIcs(*repo, {}, path, &written, &error)) << error.toStdString();
    EXPECT_EQ(written, open.size());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray& line : bytes.split('\n')) {
        EXPECT_TRUE(line.isEmpty() || line.endsWith('\r')) << "bare LF";
        EXPECT_LE(line.size() - 1, 75) << line.toStdString();
    }

    const QJsonObject cal = parsed(path);
    EXPECT_EQ(cal.value(QStringLiteral("name")).toString(), QStringLiteral("督办任务期限"));
    const QJsonArray events = cal.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), open.size());
    QSet<QString> uids;
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        const TaskRecord& t = open[i];
        uids.insert(e.value(QStringLiteral("uid")).toString());
        EXPECT_TRUE(e.value(QStringLiteral("start_is_date")).toBool());
        EXPECT_EQ(e.value(QStringLiteral("start")).toString(), t.deadline.toString(Qt::ISODate));
        EXPECT_EQ(e.value(QStringLiteral("end")).toString(), t.deadline.addDays(1).toString(Qt::ISODate));
        EXPECT_EQ(e.value(QStringLiteral("summary")).toString(), QStringLiteral("【到期】") + t.title);
        EXPECT_TRUE(e.value(QStringLiteral("description"))
                        .toString()
                        .startsWith(QStringLiteral("牵头单位：") + t.leadUnits.join(QStringLiteral("、"))));
        EXPECT_EQ(e.value(QStringLiteral("stamp")).toString(), QStringLiteral("2020-07-01T09:30:00+00:00"));
        EXPECT_EQ(e.value(QStringLiteral("alarms")).toArray().first().toString(),
                  QStringLiteral("-1 day, 0:00:00"));
    }
    EXPECT_EQ(uids.size(), events.size());

    // Per unit: the unit's tasks only, and the same UIDs as in the full export.
    const QString unit = open[0].leadUnits.value(0);
    ASSERT_FALSE(unit.isEmpty());
    const QString unitPath = dir.filePath(QStringLiteral("unit.ics"));
    ASSERT_TRUE(writeIcs(*repo, unit, unitPath, &written, &error)) << error.toStdString();
    const QJsonArray mine = parsed(unitPath).value(QStringLiteral("events")).toArray();
    ASSERT_GT(mine.size(), 0);
    EXPECT_LT(mine.size(), events.size());
    for (const QJsonValue& v : mine) {
        EXPECT_TRUE(uids.contains(v.toObject().value(QStringLiteral("uid")).toString()));
        EXPECT_TRUE(v.toObject().value(QStringLiteral("description")).toString().contains(unit));
    }
    EXPECT_FALSE(writeIcs(*repo, QStringLiteral("不存在的单位"), unitPath, &written, &error));
}
