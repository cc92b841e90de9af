#include "gui/feedback/feedbackdialog.h"

#include "core/clock.h"
#include "exchange/feedbacksheet.h"
#include "gui/edit/taskeditor.h"
#include "gui/feedback/feedbackpreviewmodel.h"
#include "gui/storeaccess.h"
#include "palette/warningpalette.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace duban {

namespace {

const char kFolderKey[] = "feedback/folder";

QString defaultFolder()
{
    const QString saved = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!saved.isEmpty())
        return saved;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("反馈表"));
}

} // namespace

FeedbackDialog::FeedbackDialog(TaskEditor& editor, Tab tab, QWidget* parent)
    : QDialog(parent), m_editor(editor), m_repo(*editor.repository()), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("单位反馈表"));
    setObjectName(QStringLiteral("feedbackDialog"));
    m_tabs->setObjectName(QStringLiteral("feedbackTabs"));
    m_tabs->addTab(buildExportTab(), tr("导出给单位"));
    m_tabs->addTab(buildImportTab(), tr("导入交回的表"));
    m_tabs->setCurrentIndex(tab);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(1100, 560);
}

QWidget* FeedbackDialog::buildExportTab()
{
    auto* page = new QWidget(this);
    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(tr("全部单位（每个单位一个文件）"), qint64(0));
    QString error;
    for (const FeedbackUnit& u : feedbackUnits(m_repo, &error))
        m_unit->addItem(tr("%1（%2 项任务）").arg(u.name).arg(u.taskCount), u.id);
    m_folder = new QLineEdit(defaultFolder(), page);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto* browse = new QPushButton(tr("浏览…"), page);
    connect(browse, &QPushButton::clicked, this, &FeedbackDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("单位："), m_unit);
    form->addRow(tr("保存到文件夹："), folderRow);
    auto* note =
        new QLabel(tr("每个单位一个 Excel 文件，文件名含单位名称和导出日期。表中列出该单位牵头或配合的任务，"
                      "右侧浅色列（进展情况、完成进度、状态、填报人、填报日期）由单位填写后交回。"),
                   page);
    note->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("导出(&X)"), page);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    m_exportResult = new QLabel(page);
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_exportResult->setOpenExternalLinks(true);
    if (!error.isEmpty())
        showError(m_exportResult, error);
    connect(exportButton, &QPushButton::clicked, this,
            [this] { exportSheets(m_unit->currentData().toLongLong(), m_folder->text()); });
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(exportButton);
    layout->addLayout(buttonRow);
    layout->addWidget(m_exportResult);
    layout->addStretch();
    return page;
}

QWidget* FeedbackDialog::buildImportTab()
{
    auto* page = new QWidget(this);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("sheetPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("选择单位交回的反馈表（.xlsx）"));
    auto* choose = new QPushButton(tr("选择反馈表(&O)…"), page);
    choose->setObjectName(QStringLiteral("chooseSheet"));
    connect(choose, &QPushButton::clicked, this, &FeedbackDialog::chooseSheet);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    m_summary = new QLabel(tr("导入前先预览：通过检查的行才会写入，有问题的行列出行号和原因。"), page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_model = new FeedbackPreviewModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {40, 44, 330, 64, 200, 200, 50, 60, 56};
    for (int c = 0; c < FeedbackPreviewModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_confirm = new QPushButton(tr("确认导入(&I)"), page);
    m_confirm->setObjectName(QStringLiteral("confirmImport"));
    m_confirm->setEnabled(false);
    connect(m_confirm, &QPushButton::clicked, this, &FeedbackDialog::confirmImport);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(pathRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);
    return page;
}

void FeedbackDialog::showError(QLabel* label, const QString& message)
{
    label->setStyleSheet(
        QStringLiteral("color: %1;").arg(WarningPalette::current().overdue.darker(120).name()));
    label->setText(message);
}

void FeedbackDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("保存反馈表的文件夹"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void FeedbackDialog::chooseSheet()
{
    const QString start =
        m_path->text().isEmpty() ? defaultFolder() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("导入单位反馈表"), start,
                                                      tr("Excel 工作簿 (*.xlsx);;所有文件 (*)"));
    if (!path.isEmpty())
        loadSheet(path);
}

QStringList FeedbackDialog::exportSheets(qint64 unitId, const QString& folder)
{
    m_exportResult->setStyleSheet(QString());
    if (folder.trimmed().isEmpty()) {
        showError(m_exportResult, tr("请选择保存反馈表的文件夹"));
        return {};
    }
    QString error;
    QStringList files;
    const QDate today = Clock::today();
    if (unitId == 0) {
        if (!writeFeedbackSheets(m_repo, folder, today, &files, &error)) {
            showError(m_exportResult, error);
            return {};
        }
    } else {
        if (!QDir().mkpath(folder)) {
            showError(m_exportResult, tr("无法创建文件夹 %1").arg(folder));
            return {};
        }
        QString name = m_unit->currentText();
        for (const FeedbackUnit& u : feedbackUnits(m_repo, &error))
            if (u.id == unitId)
                name = u.name;
        const QString path = QDir(folder).filePath(feedbackFileName(name, today));
        if (!writeFeedbackSheet(m_repo, unitId, path, today, nullptr, &error)) {
            showError(m_exportResult, error);
            return {};
        }
        files.append(path);
    }
    QSettings().setValue(QLatin1String(kFolderKey), folder);
    m_exportResult->setText(
        tr("已导出 %1 个反馈表到 <a href=\"%2\">%3</a>")
            .arg(files.size())
            .arg(QUrl::fromLocalFile(folder).toString(), QDir::toNativeSeparators(folder).toHtmlEscaped()));
    return files;
}

bool FeedbackDialog::loadSheet(const QString& path)
{
    m_tabs->setCurrentIndex(ImportTab);
    m_path->setText(QDir::toNativeSeparators(path));
    m_summary->setStyleSheet(QString());
    FeedbackPreview preview;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = previewFeedback(m_repo, path, &preview, &error);
    QApplication::restoreOverrideCursor();
    m_model->setPreview(ok ? preview : FeedbackPreview());
    if (!ok) {
        showError(m_summary, error);
        m_confirm->setEnabled(false);
        return false;
    }
    using O = FeedbackPreviewRow::Outcome;
    const int accepted = preview.count(O::Accepted);
    m_summary->setText(tr("%1的反馈表（导出于 %2）：可导入 %3 行，不变 %4 行，拒绝 %5 行。%6")
                           .arg(preview.unitName, preview.exported.toString(Qt::ISODate))
                           .arg(accepted)
                           .arg(preview.count(O::Unchanged))
                           .arg(preview.count(O::Refused))
                           .arg(preview.rows.isEmpty() ? tr("表中没有填写内容。")
                                : accepted > 0         ? tr("确认后写入通过检查的行。")
                                                       : tr("没有可导入的行。")));
    m_confirm->setEnabled(accepted > 0);
    return true;
}

bool FeedbackDialog::confirmImport()
{
    FeedbackResult result;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_editor.importFeedback(m_model->preview(), &result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(m_summary, tr("导入失败，数据库未作任何修改：%1").arg(error));
        return false;
    }
    m_confirm->setEnabled(false);
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("已导入%1的反馈：新增进展 %2 条，进度变更 %3 项，状态变更 %4 项。")
                           .arg(m_model->preview().unitName)
                           .arg(result.progressAdded)
                           .arg(result.percentChanged)
                           .arg(result.statusChanged));
    emit imported();
    return true;
}

} // namespace duban
