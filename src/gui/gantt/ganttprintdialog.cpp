#include "gui/gantt/ganttprintdialog.h"

#include "gui/widgets/datefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>

namespace duban {

GanttPrintDialog::GanttPrintDialog(const QList<GanttRow>& rows, const GanttPrintOptions& options,
                                   QWidget* parent)
    : QDialog(parent), m_rows(rows), m_options(options)
{
    setWindowTitle(tr("打印甘特图"));
    auto* form = new QFormLayout(this);
    m_form = form;
    QDate from = options.from, to = options.to;
    if (!from.isValid() || !to.isValid())
        ganttExtent(rows, &from, &to);
    auto makeDate = [this](const char* name, const QDate& d) {
        auto* e = new DateField(d, this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_from = makeDate("ganttPrintFrom", from);
    m_to = makeDate("ganttPrintTo", to);
    form->addRow(tr("开始日期："), m_from);
    form->addRow(tr("结束日期："), m_to);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("ganttPrintMode"));
    for (GanttPrintMode m : {GanttPrintMode::Pages, GanttPrintMode::FitHeight, GanttPrintMode::FitPage})
        m_mode->addItem(ganttPrintModeLabel(m), int(m));
    m_mode->setCurrentIndex(
        m_mode->findData(QSettings().value(QStringLiteral("gantt/printMode"), 0).toInt()));
    form->addRow(tr("版式："), m_mode);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton = buttons->addButton(tr("打印…"), QDialogButtonBox::AcceptRole);
    printButton->setObjectName(QStringLiteral("ganttPrintButton"));
    QPushButton* previewButton = buttons->addButton(tr("打印预览…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("ganttPreviewButton"));
    QPushButton* pdfButton = buttons->addButton(tr("导出 PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("ganttPdfButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("关闭"));
    form->addRow(buttons);
    connect(printButton, &QPushButton::clicked, this, &GanttPrintDialog::print);
    connect(previewButton, &QPushButton::clicked, this, &GanttPrintDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &GanttPrintDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("gantt/printMode"), m_mode->currentData().toInt());
    });
}

void GanttPrintDialog::offerVisibleRange(const QDate& from, const QDate& to)
{
    auto* b = new QPushButton(
        tr("改为当前可见范围（%1 至 %2）")
            .arg(from.toString(QStringLiteral("yyyy-MM-dd")), to.toString(QStringLiteral("yyyy-MM-dd"))),
        this);
    b->setObjectName(QStringLiteral("ganttPrintVisibleRange"));
    b->setAutoDefault(false);
    m_form->insertRow(2, QString(), b);
    connect(b, &QPushButton::clicked, this, [this, from, to] {
        m_from->setDate(from);
        m_to->setDate(to);
    });
}

GanttPrintOptions GanttPrintDialog::options() const
{
    GanttPrintOptions o = m_options;
    o.from = std::min(m_from->date(), m_to->date());
    o.to = std::max(m_from->date(), m_to->date());
    o.mode = GanttPrintMode(m_mode->currentData().toInt());
    return o;
}

int GanttPrintDialog::paint(QPrinter* printer)
{
    QString error;
    const int pages = printGantt(*printer, m_rows, options(), &error);
    if (pages == 0)
        QMessageBox::warning(this, tr("打印甘特图"), error);
    return pages;
}

static void preparePrinter(QPrinter& printer, const QString& title)
{
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
}

void GanttPrintDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, m_options.title);
    QPrintDialog dlg(&printer, this);
    if (dlg.exec() == QDialog::Accepted && paint(&printer) > 0)
        accept();
}

void GanttPrintDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, m_options.title);
    QPrintPreviewDialog dlg(&printer, this);
    dlg.setWindowTitle(tr("甘特图打印预览"));
    connect(&dlg, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { paint(p); });
    dlg.exec();
}

void GanttPrintDialog::exportPdf()
{
    QSettings s;
    const QString dir = s.value(QStringLiteral("gantt/lastDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出 PDF"), dir + tr("/甘特图.pdf"), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("gantt/lastDir"), QFileInfo(path).absolutePath());
    QString error;
    const int pages = writeGanttPdf(path, m_rows, options(), &error);
    if (pages == 0) {
        QMessageBox::warning(this, tr("导出 PDF"), error);
        return;
    }
    QMessageBox::information(this, tr("导出 PDF"),
                             tr("已导出 %1 页到 %2").arg(pages).arg(QDir::toNativeSeparators(path)));
    accept();
}

} // namespace duban
