#include "cli/textcommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace duban::cli {

namespace {

// The readers describe a line's source in words ("第2页第5行", "工作表“任务”第7行", or their English
// translation); JSON gives the same as fields.
void addSource(QJsonObject* line, const QString& location)
{
    static const QRegularExpression sheet(
        QStringLiteral("^(?:工作表“(.*)”第(\\d+)行|sheet “(.*)”, row (\\d+))$"));
    static const QRegularExpression table(
        QStringLiteral("^(?:表(\\d+)第(\\d+)行|table (\\d+), row (\\d+))$"));
    static const QRegularExpression page(
        QStringLiteral("^(?:第(\\d+)页(?:第(\\d+)行)?|page (\\d+)(?:, line (\\d+))?)$"));
    static const QRegularExpression paragraph(QStringLiteral("^(?:第(\\d+)段|paragraph (\\d+))$"));
    const auto pick = [](const QRegularExpressionMatch& m, int a, int b) {
        return m.captured(a).isEmpty() ? m.captured(b) : m.captured(a);
    };
    if (auto m = sheet.match(location); m.hasMatch()) {
        line->insert(QStringLiteral("sheet"), pick(m, 1, 3));
        line->insert(QStringLiteral("row"), pick(m, 2, 4).toInt());
    } else if (auto t = table.match(location); t.hasMatch()) {
        line->insert(QStringLiteral("table"), pick(t, 1, 3).toInt());
        line->insert(QStringLiteral("row"), pick(t, 2, 4).toInt());
    } else if (auto p = page.match(location); p.hasMatch()) {
        line->insert(QStringLiteral("page"), pick(p, 1, 3).toInt());
        if (const QString l = pick(p, 2, 4); !l.isEmpty())
            line->insert(QStringLiteral("page_line"), l.toInt());
    } else if (auto g = paragraph.match(location); g.hasMatch()) {
        line->insert(QStringLiteral("paragraph"), pick(g, 1, 2).toInt());
    }
}

QJsonObject documentJson(const QString& path, const SourceDocument& doc)
{
    QJsonArray lines;
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        QJsonObject l{{QStringLiteral("line"), int(i + 1)}, {QStringLiteral("text"), doc.lines[i]}};
        if (i < doc.locations.size() && !doc.locations[i].isEmpty()) {
            l.insert(QStringLiteral("source"), doc.locations[i]);
            addSource(&l, doc.locations[i]);
        }
        lines.append(l);
    }
    return {{QStringLiteral("file"), path},
            {QStringLiteral("format"), doc.format},
            {QStringLiteral("lines"), lines}};
}

} // namespace

TextCommand::TextCommand()
    : DocumentCommand(QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("json")})
{
}

QString TextCommand::summary() const
{
    return tr("显示督办从文件中读到的文字（提取任务所依据的正文）");
}

QString TextCommand::formatHelp() const
{
    return tr("输出格式: text 或 json");
}

QString TextCommand::filesHelp() const
{
    return tr("要读取的文件，可多个");
}

void TextCommand::read(const QString& path, const SourceDocument& doc, const QString& format, int files)
{
    if (format == QLatin1String("json")) {
        m_documents.append(documentJson(path, doc));
        return;
    }
    if (files > 1)
        out << "==> " << path << " <==\n";
    for (const QString& line : doc.lines)
        out << line << '\n';
}

void TextCommand::finish(const QString& format)
{
    if (format == QLatin1String("json"))
        out << QJsonDocument(m_documents).toJson(QJsonDocument::Indented);
}

} // namespace duban::cli
