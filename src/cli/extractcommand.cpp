#include "cli/extractcommand.h"

#include "cli/storeoutput.h"
#include "extract/taskjson.h"

#include <QJsonDocument>

namespace duban::cli {

namespace {

void printTable(QTextStream& out, const QList<TaskDraft>& tasks)
{
    const QStringList header = {ExtractCommand::tr("行"),       ExtractCommand::tr("任务"),
                                ExtractCommand::tr("牵头单位"), ExtractCommand::tr("责任单位"),
                                ExtractCommand::tr("完成时限"), ExtractCommand::tr("文号")};
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
    out << ExtractCommand::tr("共 %1 项任务").arg(tasks.size()) << '\n';
}

} // namespace

ExtractCommand::ExtractCommand()
    : DocumentCommand(QStringLiteral("extract"), {QStringLiteral("table"), QStringLiteral("json")})
{
}

QString ExtractCommand::summary() const
{
    return tr("从通知、实施意见、实施方案中提取任务（Word、WPS、OFD、PDF、Excel、文本）");
}

QString ExtractCommand::formatHelp() const
{
    return tr("输出格式: json 或 table");
}

QString ExtractCommand::filesHelp() const
{
    return tr("要提取的文件，可多个");
}

void ExtractCommand::read(const QString&, const SourceDocument& doc, const QString&, int)
{
    if (!m_extractor)
        m_extractor = std::make_unique<Extractor>();
    m_tasks += m_extractor->extract(doc).tasks;
}

void ExtractCommand::finish(const QString& format)
{
    if (format == QLatin1String("json"))
        out << QJsonDocument(tasksToJson(m_tasks)).toJson(QJsonDocument::Indented);
    else
        printTable(out, m_tasks);
}

} // namespace duban::cli
