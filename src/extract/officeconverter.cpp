// Old and foreign office formats (.doc, .wps, .rtf, .odt, .xls, .et, .ods) are converted by LibreOffice
// headless into .docx or .xlsx, which our own readers then read. Each conversion gets a private temp
// folder with its own LibreOffice profile, so it neither collides with another conversion nor with a
// LibreOffice the user has open; it runs in its own process group, so a time-out or a cancel kills the
// whole soffice → oosplash → soffice.bin chain.
#include "extract/documentreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <csignal>
#include <unistd.h>

namespace duban {

namespace {

bool isSpreadsheet(const QString& ext)
{
    return ext == QLatin1String("xls") || ext == QLatin1String("et") || ext == QLatin1String("ods") ||
           ext == QLatin1String("ett") || ext == QLatin1String("xlt");
}

// DUBAN_SOFFICE names another LibreOffice (or, in tests, none that exists).
QString sofficePath()
{
    const QByteArray custom = qgetenv("DUBAN_SOFFICE");
    if (!custom.isEmpty())
        return QFileInfo(QString::fromLocal8Bit(custom)).isExecutable() ? QString::fromLocal8Bit(custom)
                                                                        : QString();
    QString p = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (p.isEmpty())
        p = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    return p;
}

// Word 97, Excel 97, WPS and ET files are OLE compound files. One whose header is damaged is refused
// here: LibreOffice would fall back to importing its bytes as plain text and hand back garbage.
bool damagedCompoundFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(32);
    if (!head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return false;
    const int byteOrder = (uchar(head.at(29)) << 8) | uchar(head.at(28));
    const int sectorShift = (uchar(head.at(31)) << 8) | uchar(head.at(30));
    return head.size() < 32 || f.size() < 1536 || byteOrder != 0xFFFE ||
           (sectorShift != 9 && sectorShift != 12);
}

void killGroup(QProcess& p)
{
    if (p.processId() > 0)
        ::kill(-pid_t(p.processId()), SIGKILL);
    p.kill();
    p.waitForFinished(5000);
}

} // namespace

ReadResult DocumentReader::readConverted(const QString& path, const ReadLimits& limits)
{
    ReadResult r;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString ext = info.suffix().toLower();
    if (tooLarge(path, limits, &r.error))
        return r;
    const bool sheet = isSpreadsheet(ext);
    const QString soffice = sofficePath();
    if (soffice.isEmpty()) {
        const QString package =
            sheet ? QStringLiteral("libreoffice-calc-nogui") : QStringLiteral("libreoffice-writer-nogui");
        r.error =
            tr("读取“%1”需要 LibreOffice，本机没有安装。请安装软件包 %2（sudo apt install %2）后再导入，"
               "或在 WPS、Word 中把文件另存为 %3。")
                .arg(name, package, sheet ? QStringLiteral(".xlsx") : QStringLiteral(".docx"));
        return r;
    }
    if (damagedCompoundFile(path)) {
        r.error = tr("文件“%1”已损坏或不完整，无法读取。请在 WPS 或 Office 中打开检查，另存为 %2 后再导入。")
                      .arg(name, sheet ? QStringLiteral(".xlsx") : QStringLiteral(".docx"));
        return r;
    }
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        r.error = tr("无法为转换“%1”创建临时文件夹：%2").arg(name, tmp.errorString());
        return r;
    }
    // A plain copy name keeps LibreOffice away from odd characters, and leading dashes, in the user's.
    const QString input =
        tmp.filePath(QStringLiteral("source.") + (ext.isEmpty() ? QStringLiteral("bin") : ext));
    if (!QFile::copy(path, input)) {
        r.error = tr("无法读取文件“%1”。").arg(name);
        return r;
    }
    const QString target = sheet ? QStringLiteral("xlsx") : QStringLiteral("docx");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(tmp.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), tmp.path());
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(soffice, {QStringLiteral("-env:UserInstallation=") +
                          QUrl::fromLocalFile(tmp.filePath(QStringLiteral("profile"))).toString(),
                      QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--nologo"),
                      QStringLiteral("--nolockcheck"), QStringLiteral("--convert-to"), target,
                      QStringLiteral("--outdir"), tmp.filePath(QStringLiteral("out")), input});
    if (!p.waitForStarted(10000)) {
        r.error = tr("无法启动 LibreOffice（%1）：%2").arg(soffice, p.errorString());
        return r;
    }
    QElapsedTimer clock;
    clock.start();
    while (!p.waitForFinished(100)) {
        if (limits.cancelled && limits.cancelled()) {
            killGroup(p);
            r.error = tr("已取消读取“%1”。").arg(name);
            return r;
        }
        if (clock.elapsed() > qint64(limits.conversionSeconds) * 1000) {
            killGroup(p);
            r.error = tr("LibreOffice 在 %1 秒内没有转换完“%2”，已停止。文件可能过大或已损坏。")
                          .arg(limits.conversionSeconds)
                          .arg(name);
            return r;
        }
    }
    const QString output = tmp.filePath(QStringLiteral("out/source.") + target);
    if (!QFileInfo::exists(output)) {
        const QString said = QString::fromLocal8Bit(p.readAll()).trimmed().section(u'\n', -1);
        r.error = tr("LibreOffice 无法打开“%1”：文件可能已损坏、加密或不是它的扩展名所说的格式。"
                     "请在 WPS 或 Office 中打开检查，另存为 %2 后再导入。%3")
                      .arg(name, sheet ? QStringLiteral(".xlsx") : QStringLiteral(".docx"),
                           said.isEmpty() ? QString() : tr("（LibreOffice：%1）").arg(said));
        return r;
    }
    r = sheet ? readXlsx(output, limits) : readDocx(output, limits);
    if (!r.ok()) {
        r.error.replace(QFileInfo(output).fileName(), name);
        return r;
    }
    r.doc.path = path;
    r.doc.format = ext.isEmpty() ? target : ext;
    return r;
}

} // namespace duban
