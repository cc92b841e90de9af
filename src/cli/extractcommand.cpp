#include "cli/documentfiles.h"
#include "cli/storeoutput.h"
#include "extract/extractor.h"
#include "extract/taskjson.h"

#include <QJsonDocument>
#include <memory>

namespace duban::cli {

namespace {

const QStringList& formats()
{
    static const QStringList f{QStringLiteral("table"), QStringLiteral("json")};
    return f;
}

void printTable(QTextStream& out, const QList<TaskDraft>& tasks)
{
    const QStringList header = {tr("行"),       tr("任务"),     tr("牵头单位"),
                                tr("责任单位"), tr("完成时限"), tr("文号")};
    const int widths[] = {11, 36, 22, 30, 12, 20};
    for (int i = 0; i < header.size(); ++i)
        out << textCell(header[i], widths[i]) << ' ';
    out << '\n' << QString(140, u'-') << '\n';
    for (const auto& t : tasks) {
        const QString cells[] = {QStringLiteral("%1-%2").arg(t.lineStart).arg(t.lineEnd),
                                 t.title,
                                 t.leadUnits.join(u'、'),
                                 t.coUnits.join(u'、'),
                                 t.deadline.isValid() ? t.deadline.toString(Qt::ISODate)
                                                      : QStringLiteral("—"),
                                 t.directive.docNumber};
        for (int i = 0; i < 6; ++i)
            out << textCell(cells[i], widths[i]) << ' ';
        out << '\n';
    }
    out << tr("共 %1 项任务").arg(tasks.size()) << '\n';
}

void addOptions(QCommandLineParser& p)
{
    addDocumentOptions(p, tr("要提取的文件，可多个"), tr("输出格式: json 或 table"), formats());
}

// `extract FILE... [--format table|json]`: the tasks found in each file.
int run(CommandContext& c)
{
    std::unique_ptr<Extractor> extractor; // made for the first file
    QList<TaskDraft> tasks;
    QString format;
    const int code = readDocuments(
        c, formats(),
        [&](const QString&, const SourceDocument& doc, const QString&, int) {
            if (!extractor)
                extractor = std::make_unique<Extractor>();
            tasks += extractor->extract(doc).tasks;
        },
        &format);
    if (format == QLatin1String("json"))
        c.out << QJsonDocument(tasksToJson(tasks)).toJson(QJsonDocument::Indented);
    else if (!format.isEmpty())
        printTable(c.out, tasks);
    return code;
}

} // namespace

extern const CommandSpec extractCommand = documentCommand(
    "extract",
    QT_TRANSLATE_NOOP("duban::cli",
                      "从通知、实施意见、实施方案中提取任务（Word、WPS、OFD、PDF、Excel、文本）"),
    addOptions, run);

} // namespace duban::cli
