#pragma once
// Generated tasks for the weekly report: Chinese titles, units from the alias directory, deadlines
// 2021–2023, 50 tasks per directive. Shared by bench_report and the report tests (a large report).
#include "core/taskdraft.h"
#include "core/unitdirectory.h"

#include <QRandomGenerator>
#include <QStringList>

namespace duban::test {

inline QString pick(QRandomGenerator& rng, const QStringList& pool)
{
    return pool.at(int(rng.bounded(quint32(pool.size()))));
}

inline QList<TaskDraft> generateReportTasks(int n)
{
    QRandomGenerator rng(20221007);
    const QStringList verbs{QStringLiteral("推进"), QStringLiteral("加快"), QStringLiteral("完善"),
                            QStringLiteral("健全"), QStringLiteral("深化"), QStringLiteral("落实")};
    const QStringList objects{QStringLiteral("老旧小区改造工程"), QStringLiteral("城乡环境卫生整治行动"),
                              QStringLiteral("政务服务一网通办"), QStringLiteral("高标准农田建设项目"),
                              QStringLiteral("农村人居环境整治"), QStringLiteral("重点项目建设"),
                              QStringLiteral("5G网络建设"),       QStringLiteral("智慧城市运行管理平台建设"),
                              QStringLiteral("食品安全监管体系"), QStringLiteral("安全生产专项整治三年行动"),
                              QStringLiteral("义务教育均衡发展"), QStringLiteral("交通基础设施互联互通"),
                              QStringLiteral("大气污染防治攻坚"), QStringLiteral("科技创新平台建设")};
    QStringList units;
    for (const UnitEntry& e : UnitDirectory::builtin().entries())
        units.append(e.canonical);
    QList<TaskDraft> out;
    DirectiveInfo dir;
    for (int i = 0; i < n; ++i) {
        if (i % 50 == 0) {
            dir.title = QStringLiteral("关于印发第%1号专项工作方案的通知").arg(i / 50 + 1);
            dir.docNumber = QStringLiteral("驻政办〔2022〕%1号").arg(i / 50 + 1);
            dir.date = QDate(2022, 1, 1).addDays(i / 50);
        }
        TaskDraft t;
        t.source = QStringLiteral("generated.txt");
        t.kind = QStringLiteral("inline");
        t.directive = dir;
        t.lineStart = t.lineEnd = 10 + i % 50;
        t.section = {QStringLiteral("二、重点任务")};
        t.title = pick(rng, verbs) + pick(rng, objects);
        t.deadline = QDate(2021, 1, 1).addDays(rng.bounded(3 * 365));
        t.deadlineText = t.deadline.toString(QStringLiteral("yyyy年M月底前"));
        t.text = t.title + QStringLiteral("，确保按期完成目标任务。");
        t.units = {pick(rng, units), pick(rng, units)};
        t.leadUnits = {t.units.first()};
        t.coUnits = t.units.first() == t.units.last() ? QStringList{} : QStringList{t.units.last()};
        out.append(t);
    }
    return out;
}

} // namespace duban::test
