#include "cli/command.h"
#include "exchange/feedbackimport.h"

#include <QFileInfo>

namespace duban::cli {

namespace {

QString clip(QString s, int n)
{
    s.replace(u'\n', u' ');
    return s.size() > n ? s.left(n - 1) + u'…' : s;
}

void printPreview(QTextStream& out, const FeedbackPreview& pv)
{
    using O = FeedbackPreviewRow::Outcome;
    out << tr("单位：%1　导出日期：%2　文件：%3")
               .arg(pv.unitName, pv.exported.toString(Qt::ISODate), QFileInfo(pv.file).fileName())
        << '\n';
    for (const FeedbackPreviewRow& r : pv.rows) {
        if (r.outcome == O::Refused)
            continue;
        const QString mark = r.outcome == O::Accepted ? tr("导入") : tr("不变");
        out << tr("  第 %1 行 [%2] 任务 %3 %4")
                   .arg(r.sheetRow)
                   .arg(mark)
                   .arg(r.taskId)
                   .arg(clip(r.title, 24));
        out << tr("：%1").arg(r.detail);
        if (!r.text.isEmpty())
            out << tr("　进展：%1").arg(clip(r.text, 40));
        if (!r.author.isEmpty())
            out << tr("　填报人：%1").arg(r.author);
        out << '\n';
    }
    const int refused = pv.count(O::Refused);
    if (refused > 0) {
        out << tr("以下 %1 行未通过检查，不会导入：").arg(refused) << '\n';
        for (const FeedbackPreviewRow& r : pv.rows) {
            if (r.outcome == O::Refused)
                out << tr("  第 %1 行：%2").arg(r.sheetRow).arg(r.detail) << '\n';
        }
    }
    out << tr("可导入 %1 行，不变 %2 行，拒绝 %3 行")
               .arg(pv.count(O::Accepted))
               .arg(pv.count(O::Unchanged))
               .arg(refused)
        << '\n';
}

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("by"), tr("导入人（记入修改记录）"), QStringLiteral("NAME")},
        {QStringLiteral("yes"), tr("确认写入通过检查的行")},
    });
    p.addPositionalArgument(QStringLiteral("FILE"), tr("交回的反馈表（.xlsx）"));
}

// `feedback import FILE.xlsx --by NAME [--yes]`: a returned feedback sheet, previewed row by row with its
// refusals; --yes applies the accepted rows in one transaction.
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    const QString by = p.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty())
        return c.usageError(tr("请用 --by 姓名 注明导入人"));
    const bool yes = p.isSet(QStringLiteral("yes"));
    Repository* repo = c.database(yes ? Access::Writes : Access::Reads);
    if (!repo)
        return c.failureCode();
    FeedbackPreview pv;
    QString error;
    if (!previewFeedback(*repo, p.positionalArguments().first(), &pv, &error))
        return c.failure(error, BadInput);
    printPreview(c.out, pv);
    const QList<FeedbackUpdate> updates = pv.updates();
    if (!yes)
        return c.done(tr("未做修改。确认无误后加 --yes 再次导入。"));
    if (updates.isEmpty())
        return c.done(tr("没有需要导入的内容。"));
    FeedbackResult result;
    StoreError e;
    if (!repo->applyFeedback(pv.unitId, updates, by, &result, &e))
        return c.storeFailure(e);
    return c.done(tr("已导入：新增进展 %1 条，进度变更 %2 项，状态变更 %3 项")
                      .arg(result.progressAdded)
                      .arg(result.percentChanged)
                      .arg(result.statusChanged));
}

} // namespace

extern const CommandSpec feedbackImportCommand =
    CommandSpec("feedback import",
                QT_TRANSLATE_NOOP("duban::cli", "导入单位交回的反馈表：先显示预览，加 --yes 才写入数据库"),
                Access::Reads, addOptions, run)
        .arguments(1, 1, QT_TRANSLATE_NOOP("duban::cli", "请指定一个反馈表文件"));

} // namespace duban::cli
