#include "extract/taskjson.h"

namespace duban {

namespace {

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Each unit with its role, in the order of units; units without a recorded role: lead or co.
QJsonArray rolesJson(const TaskDraft& t)
{
    QJsonArray a;
    for (int i = 0; i < t.units.size(); ++i) {
        QString role = i < t.roles.size() ? t.roles[i] : QString();
        if (role.isEmpty())
            role = t.leadUnits.contains(t.units[i]) ? QStringLiteral("lead") : QStringLiteral("co");
        a.append(QJsonObject{{QStringLiteral("unit"), t.units[i]}, {QStringLiteral("role"), role}});
    }
    return a;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

QJsonObject taskToJson(const TaskDraft& t)
{
    QJsonArray others;
    for (const QDate& d : t.otherDeadlines)
        others.append(d.toString(Qt::ISODate));
    return QJsonObject{
        {QStringLiteral("source"), t.source},
        {QStringLiteral("line_start"), t.lineStart},
        {QStringLiteral("line_end"), t.lineEnd},
        {QStringLiteral("kind"), t.kind},
        {QStringLiteral("directive"), textOrNull(t.directive.title)},
        {QStringLiteral("doc_number"), textOrNull(t.directive.docNumber)},
        {QStringLiteral("directive_date"), dateValue(t.directive.date)},
        {QStringLiteral("section"), QJsonArray::fromStringList(t.section)},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("text"), t.text},
        {QStringLiteral("units"), QJsonArray::fromStringList(t.units)},
        {QStringLiteral("lead_units"), QJsonArray::fromStringList(t.leadUnits)},
        {QStringLiteral("co_units"), QJsonArray::fromStringList(t.coUnits)},
        {QStringLiteral("units_canonical"), QJsonArray::fromStringList(t.unitsCanonical)},
        {QStringLiteral("roles"), rolesJson(t)},
        {QStringLiteral("inherited_units"), QJsonArray::fromStringList(t.inheritedUnits)},
        {QStringLiteral("deadline_text"), textOrNull(t.deadlineText)},
        {QStringLiteral("deadline"), dateValue(t.deadline)},
        {QStringLiteral("other_deadlines"), others},
        {QStringLiteral("deadline_kind"), textOrNull(t.deadlineKind)},
        {QStringLiteral("targets"), QJsonArray::fromStringList(t.targets)},
    };
}

QJsonArray tasksToJson(const QList<TaskDraft>& tasks)
{
    QJsonArray a;
    for (const auto& t : tasks)
        a.append(taskToJson(t));
    return a;
}

TaskDraft taskFromJson(const QJsonObject& o)
{
    TaskDraft t;
    t.source = o.value(QStringLiteral("source")).toString();
    t.lineStart = o.value(QStringLiteral("line_start")).toInt();
    t.lineEnd = o.value(QStringLiteral("line_end")).toInt();
    t.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("inline"));
    t.directive.title = o.value(QStringLiteral("directive")).toString();
    t.directive.docNumber = o.value(QStringLiteral("doc_number")).toString();
    t.directive.date = QDate::fromString(o.value(QStringLiteral("directive_date")).toString(), Qt::ISODate);
    t.directive.year = t.directive.date.isValid() ? t.directive.date.year() : 0;
    t.section = strings(o.value(QStringLiteral("section")));
    t.title = o.value(QStringLiteral("title")).toString();
    t.text = o.value(QStringLiteral("text")).toString();
    t.units = strings(o.value(QStringLiteral("units")));
    t.leadUnits = strings(o.value(QStringLiteral("lead_units")));
    t.coUnits = strings(o.value(QStringLiteral("co_units")));
    t.unitsCanonical = strings(o.value(QStringLiteral("units_canonical")));
    for (const auto& v : o.value(QStringLiteral("roles")).toArray())
        t.roles.append(v.toObject().value(QStringLiteral("role")).toString());
    t.deadlineKind = o.value(QStringLiteral("deadline_kind")).toString();
    t.inheritedUnits = strings(o.value(QStringLiteral("inherited_units")));
    t.deadlineText = o.value(QStringLiteral("deadline_text")).toString();
    t.deadline = QDate::fromString(o.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
    for (const auto& v : o.value(QStringLiteral("other_deadlines")).toArray())
        t.otherDeadlines.append(QDate::fromString(v.toString(), Qt::ISODate));
    t.targets = strings(o.value(QStringLiteral("targets")));
    return t;
}

} // namespace duban
