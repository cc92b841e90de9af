#pragma once

// The five seed directives in one database, and one week of office work on them (2022-W40), written with
// the clock pinned so that the audit trail carries the days a report reads. Shared by the report, CLI
// and GUI tests.
#include "core/clock.h"
#include "seeddb.h"
#include "store/repository.h"
#include "testpaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <gtest/gtest.h>

namespace duban::test {

inline qint64 taskTitled(Repository& repo, const QString& title)
{
    TaskFilter f;
    f.search = title;
    for (const TaskRecord& t : repo.tasks(f)) {
        if (t.title == title)
            return t.id;
    }
    ADD_FAILURE() << "no task titled " << title.toStdString();
    return 0;
}

inline QDateTime at(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0));
}

// What the week did, for the tests to check against.
struct SeedWeek
{
    qint64 doneInWeek = 0; // 明确实行告知承诺制的证明事项 (市司法局), done on 2022-10-05
    qint64 doneBefore = 0; // 支持发放消费券, done on 2022-09-28 (the week before)
    qint64 noted = 0;      // 河南省泌阳县黑石板沟饰面花岗岩矿: progress note on 2022-10-04
    qint64 dueNext = 0;    // the first task without a deadline, given 2022-10-12 on 2022-10-06
    QString dueNextTitle;
    QString note = QStringLiteral("已完成出让方案编制，待市政府审定");
};

inline SeedWeek seedWeek(Repository& repo)
{
    SeedWeek w;
    w.doneInWeek = taskTitled(repo, QStringLiteral("明确实行告知承诺制的证明事项"));
    w.doneBefore = taskTitled(repo, QStringLiteral("支持发放消费券"));
    w.noted = taskTitled(repo, QStringLiteral("河南省泌阳县黑石板沟饰面花岗岩矿"));
    TaskFilter none;
    none.due = DueState::NoDeadline;
    const auto open = repo.tasks(none, {TaskSortKey::Id}, 0, 1);
    EXPECT_EQ(open.size(), 1);
    w.dueNext = open.value(0).id;
    w.dueNextTitle = open.value(0).title;
    StoreError e;
    Clock::pin(at(2022, 9, 28));
    EXPECT_TRUE(
        repo.applyEdit({w.doneBefore, TaskField::Status, int(Status::Done)}, QStringLiteral("张三"), &e)
            .isValid())
        << e.message.toStdString();
    Clock::pin(at(2022, 10, 4));
    ProgressInput p;
    p.date = QDate(2022, 10, 4);
    p.text = w.note;
    p.percent = 60;
    p.author = QStringLiteral("李四");
    EXPECT_GT(repo.addProgress(w.noted, p, nullptr, &e), 0) << e.message.toStdString();
    Clock::pin(at(2022, 10, 5));
    EXPECT_TRUE(
        repo.applyEdit({w.doneInWeek, TaskField::Status, int(Status::Done)}, QStringLiteral("张三"), &e)
            .isValid());
    Clock::pin(at(2022, 10, 6));
    EXPECT_TRUE(repo.applyEdits({{w.dueNext, TaskField::Deadline, QDate(2022, 10, 12)},
                                 {w.dueNext, TaskField::Status, int(Status::InProgress)},
                                 {w.dueNext, TaskField::Percent, 50}},
                                QStringLiteral("张三"), nullptr, &e))
        << e.message.toStdString();
    Clock::pin(at(2022, 10, 7, 18));
    return w;
}

inline std::unique_ptr<Repository> seededRepository(const QString& path, SeedWeek* week)
{
    Clock::pin(at(2022, 9, 20));
    auto repo = Repository::open(path);
    EXPECT_TRUE(repo);
    if (!repo)
        return repo;
    for (const QString& name : seedNames()) {
        QString error;
        EXPECT_TRUE(importSeed(*repo, name, &error)) << error.toStdString();
    }
    *week = seedWeek(*repo);
    return repo;
}

// Independent counts, straight from the file with SQL.
inline int sqlCount(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    const QString name = QUuid::createUuid().toString();
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant& v : binds)
                q.addBindValue(v);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

inline QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A page's text (pdftotext -raw keeps a table cell's lines together) without whitespace.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    const QString raw = run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    // Kangxi radicals and compatibility ideographs to the characters they stand for; fullwidth
    // punctuation stays as printed (NFKC on everything would turn （，into ASCII).
    QString t;
    for (const QChar c : raw) {
        const ushort u = c.unicode();
        t += (u >= 0x2F00 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF)
                 ? QString(c).normalized(QString::NormalizationForm_KC)
                 : QString(c);
    }
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    return t;
}

inline int pdfPages(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString squeeze(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace duban::test
