// Issue 12, defect 3: unit names that are no valid sheet or file names. Before: workbook_add_worksheet
// returned NULL and the export used it (crash), and "A/B" and "A_B" wrote one file, the second over the
// first.
#include "exchange/feedbacksheet.h"
#include "extract/xlsxreader.h"
#include "qtprint.h"
#include "store/repository.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace duban;

TEST(FeedbackNames, EveryUnitGetsItsOwnValidSheetAndFile)
{
    const QStringList units = {
        QStringLiteral("A/B"),
        QStringLiteral("A_B"),
        QStringLiteral("'市财政局'"),
        QStringLiteral("[市统计局]"),
        QStringLiteral("DUBAN"),
        QStringLiteral("history"),
        QStringLiteral("驻马店市城乡一体化示范区管理委员会经济发展和统计局（科技局）")}; // 34 characters
    QTemporaryDir dir;
    StoreError e;
    auto repo = Repository::open(dir.filePath(QStringLiteral("t.sqlite")), {}, &e);
    ASSERT_TRUE(repo) << e.message.toStdString();
    ImportBatch b;
    b.sourceFile = QStringLiteral("通知.txt");
    b.contentHash = ImportBatch::hashOf({QStringLiteral("names")});
    b.importedBy = QStringLiteral("测试员");
    for (const QString& u : units) {
        TaskDraft t;
        t.source = b.sourceFile;
        t.kind = QStringLiteral("inline");
        t.directive.title = QStringLiteral("关于测试的通知");
        t.title = QStringLiteral("任务：") + u;
        t.text = t.title;
        t.units = t.leadUnits = {u};
        t.lineStart = t.lineEnd = 1;
        b.tasks << t;
    }
    ASSERT_TRUE(repo->applyImport(b, false, nullptr, &e)) << e.message.toStdString();

    const QString out = dir.filePath(QStringLiteral("sheets"));
    QStringList files;
    QString error;
    ASSERT_TRUE(writeFeedbackSheets(*repo, out, QDate(2022, 10, 1), &files, &error)) << error.toStdString();
    EXPECT_EQ(files.size(), units.size());
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), units.size()) << "a file was written over another";
    QStringList seen;
    for (const QString& f : files) {
        QList<XlsxSheet> sheets;
        ASSERT_TRUE(readXlsx(f, &sheets, &error)) << f.toStdString() << ": " << error.toStdString();
        for (const XlsxSheet& s : sheets) {
            if (s.hidden)
                continue;
            EXPECT_LE(s.name.size(), 31);
            EXPECT_FALSE(s.name.startsWith(u'\'') || s.name.endsWith(u'\'')) << s.name.toStdString();
            seen << s.cell(1, 1).text;
        }
    }
    for (const QString& u : units)
        EXPECT_EQ(seen.filter(u).size(), 1) << u.toStdString() << " has no sheet of its own";
}
