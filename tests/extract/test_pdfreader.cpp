#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "qtprint.h"
#include "testpaths.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace duban;

namespace {

// A real PDF as an office would print one. Noto Sans CJK puts Kangxi radicals (⽉, ⾰) into the text
// layer for some characters, which is exactly what the reader has to undo.
QString writePdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
    doc.setPlainText(
        QStringLiteral("驻马店市人民政府办公室\n关于深化改革的通知\n驻政办〔2022〕60号\n"
                       "一、深化改革\n（一）推进审批制度改革。2022年9月底前完成。（责任单位：市财政局）\n"));
    doc.print(&writer);
    return path;
}

} // namespace

TEST(PdfReader, TextWithRadicalsFolded)
{
    QTemporaryDir dir;
    const QString pdf = writePdf(dir.filePath(QStringLiteral("notice.pdf")));
    const ReadResult r = DocumentReader::read(pdf);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.doc.format, QStringLiteral("pdf"));
    const QString all = r.doc.lines.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("2022年9月底前完成"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("深化改革")));
    EXPECT_FALSE(all.contains(QChar(0x2F49)));                           // ⽉
    EXPECT_TRUE(all.contains(QStringLiteral("（责任单位：市财政局）"))); // full-width brackets kept
    EXPECT_EQ(r.doc.locationOf(1), QStringLiteral("第1页"));
    const auto tasks = Extractor().extract(r.doc).tasks;
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks[0].deadline, QDate(2022, 9, 30));
    EXPECT_EQ(tasks[0].directive.docNumber, QStringLiteral("驻政办〔2022〕60号"));
}

TEST(PdfReader, TruncatedPdf)
{
    QTemporaryDir dir;
    QFile f(writePdf(dir.filePath(QStringLiteral("whole.pdf"))));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QFile cut(dir.filePath(QStringLiteral("cut.pdf")));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(data.left(400));
    cut.close();
    const ReadResult r = DocumentReader::read(cut.fileName());
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("cut.pdf"))) << r.error.toStdString();
}

TEST(PdfReader, PasswordProtectedPdf)
{
    QTemporaryDir dir;
    const QString plain = writePdf(dir.filePath(QStringLiteral("plain.pdf")));
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    const int rc =
        QProcess::execute(QStringLiteral("qpdf"),
                          {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                           QStringLiteral("256"), QStringLiteral("--"), plain, locked});
    ASSERT_EQ(rc, 0) << "qpdf is installed by scripts/setup.sh";
    const ReadResult r = DocumentReader::read(locked);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("加密"))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("locked.pdf")));
}
