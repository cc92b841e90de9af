#pragma once

// Shared by the store tests: temp databases and hand-made drafts.
#include "qtprint.h"
#include "store/repository.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace duban::test {

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

inline std::unique_ptr<Repository> openOk(const QString& path, const OpenOptions& opts = {})
{
    StoreError e;
    auto repo = Repository::open(path, opts, &e);
    EXPECT_TRUE(repo) << e.message.toStdString();
    return repo;
}

inline DirectiveInfo directive(const QString& title = QStringLiteral("关于推进测试工作的通知"),
                               const QString& number = QStringLiteral("驻政办〔2022〕1号"))
{
    DirectiveInfo d;
    d.title = title;
    d.docNumber = number;
    d.date = QDate(2022, 3, 1);
    d.year = 2022;
    return d;
}

inline TaskDraft draft(const QString& title, const QStringList& lead, const QStringList& co = {},
                       const QDate& deadline = {}, const DirectiveInfo& dir = directive(),
                       const QStringList& section = {QStringLiteral("一、总体要求")})
{
    TaskDraft t;
    t.source = QStringLiteral("test.txt");
    t.kind = QStringLiteral("inline");
    t.directive = dir;
    t.title = title;
    t.text = title + QStringLiteral("，确保按期完成各项工作任务。");
    t.section = section;
    t.units = lead + co;
    t.leadUnits = lead;
    t.coUnits = co;
    t.deadline = deadline;
    t.deadlineText = deadline.isValid() ? deadline.toString(QStringLiteral("yyyy年M月底前")) : QString();
    t.lineStart = t.lineEnd = 10;
    return t;
}

inline ImportBatch batchOf(const QList<TaskDraft>& tasks, const QString& content)
{
    ImportBatch b;
    b.sourceFile = QStringLiteral("通知.txt");
    b.contentHash = ImportBatch::hashOf({content});
    b.tasks = tasks;
    b.importedBy = QStringLiteral("测试员");
    return b;
}

// A second, plain connection to look at the database (file or server) the way another program would.
class RawDb
{
public:
    explicit RawDb(const QString& location, const QString& options = {})
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        m_db = rawConnection(location, m_name, options);
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    int count(const QString& table) { return value(QStringLiteral("SELECT count(*) FROM ") + table).toInt(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace duban::test
