#include "gui/reports/reportspage.h"

#include "core/clock.h"
#include "exchange/ledger.h"
#include "gui/load/backgroundload.h"
#include "gui/score/scoreruledialog.h"
#include "gui/storeaccess.h"
#include "gui/widgets/datefield.h"
#include "palette/warningpalette.h"
#include "report/reportdocument.h"
#include "store/repository.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace duban {

namespace {

const char* kOfficeKey = "report/office";
const char* kTitleKey = "report/title";
const char* kFolderKey = "report/folder";

QStringList checkedTexts(const QStandardItemModel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->item(r)->checkState() == Qt::Checked)
            out << m->item(r)->text();
    }
    return out;
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent), m_directives(new QStandardItemModel(this)), m_units(new QStandardItemModel(this)),
      m_printer(new QPrinter(QPrinter::HighResolution)), m_previewTimer(new QTimer(this)),
      m_loader(new BackgroundLoad(this))
{
    m_printer->setOutputFormat(QPrinter::PdfFormat); // the preview's printer never reaches a real device
    m_printer->setFullPage(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    buildUi();
    m_listsLoader = new BackgroundLoad(m_directiveList);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPage::loadPreview);
}

ReportsPage::~ReportsPage()
{
    delete m_printer;
}

void ReportsPage::buildUi()
{
    auto* left = new QWidget(this);
    left->setMinimumWidth(30 * fontMetrics().horizontalAdvance(u'中'));
    auto* form = new QVBoxLayout(left);
    form->setContentsMargins(0, 0, 0, 0);

    // Period: an ISO week (default: this week) or any range.
    auto* period = new QGroupBox(tr("报告期间"), left);
    auto* pf = new QFormLayout(period);
    m_byWeek = new QRadioButton(tr("按周"), period);
    m_byWeek->setObjectName(QStringLiteral("reportByWeek"));
    m_byRange = new QRadioButton(tr("按日期范围"), period);
    m_byRange->setObjectName(QStringLiteral("reportByRange"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_byWeek);
    group->addButton(m_byRange);
    m_byWeek->setChecked(true);
    const ReportPeriod thisWeek = ReportPeriod::weekOf(Clock::today());
    auto* weekRow = new QHBoxLayout;
    m_week = new QLineEdit(thisWeek.key(), period);
    m_week->setObjectName(QStringLiteral("reportWeek"));
    m_week->setPlaceholderText(QStringLiteral("2022-W40"));
    m_week->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2022-W40")) * 2);
    auto* prev = new QPushButton(tr("上一周"), period);
    prev->setObjectName(QStringLiteral("reportPreviousWeek"));
    auto* next = new QPushButton(tr("下一周"), period);
    next->setObjectName(QStringLiteral("reportNextWeek"));
    weekRow->addWidget(m_byWeek);
    weekRow->addWidget(m_week);
    weekRow->addWidget(prev);
    weekRow->addWidget(next);
    weekRow->addStretch();
    pf->addRow(weekRow);
    m_weekLabel = new QLabel(period);
    m_weekLabel->setObjectName(QStringLiteral("reportPeriodLabel"));
    pf->addRow(m_weekLabel);
    auto* rangeRow = new QHBoxLayout;
    m_from = new DateField(thisWeek.from, period);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateField(thisWeek.to, period);
    m_to->setObjectName(QStringLiteral("reportTo"));
    rangeRow->addWidget(m_byRange);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("至"), period));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch();
    pf->addRow(rangeRow);
    m_asOf = new DateField(Clock::today(), period);
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    auto* asOfRow = new QHBoxLayout;
    asOfRow->addWidget(new QLabel(tr("统计截止"), period));
    asOfRow->addWidget(m_asOf);
    asOfRow->addStretch();
    pf->addRow(asOfRow);
    form->addWidget(period);

    auto* heading = new QGroupBox(tr("文头"), left);
    auto* hf = new QFormLayout(heading);
    QSettings s;
    m_title =
        new QLineEdit(s.value(QString::fromLatin1(kTitleKey), defaultReportTitle()).toString(), heading);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_office = new QLineEdit(s.value(QString::fromLatin1(kOfficeKey)).toString(), heading);
    m_office->setObjectName(QStringLiteral("reportOffice"));
    m_office->setPlaceholderText(tr("如：市政府督查室"));
    hf->addRow(tr("报告名称"), m_title);
    hf->addRow(tr("发文单位"), m_office);
    m_byOriginal = new QCheckBox(tr("延期任务按原定时限评判"), heading);
    m_byOriginal->setObjectName(QStringLiteral("reportByOriginalDeadline"));
    m_byOriginal->setToolTip(tr("考核按原定时间：经批准延期的任务，逾期与临期按延期前的完成时限计算"));
    hf->addRow(QString(), m_byOriginal);
    form->addWidget(heading);

    // Scope: nothing ticked means everything.
    auto* scope = new QGroupBox(tr("范围（不勾选即全部）"), left);
    auto* sl = new QHBoxLayout(scope);
    auto* dcol = new QVBoxLayout;
    dcol->addWidget(new QLabel(tr("文件"), scope));
    m_directiveList = new QListView(scope);
    m_directiveList->setObjectName(QStringLiteral("reportDirectives"));
    m_directiveList->setModel(m_directives);
    m_directiveList->setTextElideMode(Qt::ElideMiddle);
    dcol->addWidget(m_directiveList);
    auto* ucol = new QVBoxLayout;
    m_unitFilter = new QLineEdit(scope);
    m_unitFilter->setObjectName(QStringLiteral("reportUnitFilter"));
    m_unitFilter->setPlaceholderText(tr("查找单位"));
    m_unitFilter->setClearButtonEnabled(true);
    ucol->addWidget(m_unitFilter);
    auto* unitProxy = new QSortFilterProxyModel(this);
    unitProxy->setSourceModel(m_units);
    unitProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_unitList = new QListView(scope);
    m_unitList->setObjectName(QStringLiteral("reportUnits"));
    m_unitList->setModel(unitProxy);
    ucol->addWidget(m_unitList);
    sl->addLayout(dcol, 3);
    sl->addLayout(ucol, 2);
    form->addWidget(scope, 2);
    connect(m_unitFilter, &QLineEdit::textChanged, unitProxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* req = new QGroupBox(tr("工作要求（打印前填写，每段一行）"), left);
    auto* rl = new QVBoxLayout(req);
    m_requirements = new QPlainTextEdit(req);
    m_requirements->setObjectName(QStringLiteral("reportRequirements"));
    m_requirements->setPlaceholderText(tr("如：各牵头单位要对照逾期任务清单，逐项明确整改措施和完成时限。"));
    rl->addWidget(m_requirements);
    m_scoring = new QCheckBox(tr("附考评排名（按“考评”视图的评分规则）"), req);
    m_scoring->setObjectName(QStringLiteral("reportScoring"));
    rl->addWidget(m_scoring);
    form->addWidget(req, 1);

    // Buttons, with shortcuts that work while the page is shown.
    auto* actions = new QGroupBox(tr("督查周报"), left);
    auto* al = new QHBoxLayout(actions);
    auto* ledger = new QGroupBox(tr("台账"), left);
    auto* ll = new QHBoxLayout(ledger);
    auto button = [this](QGroupBox* box, QHBoxLayout* l, const QString& text, const QKeySequence& key,
                         const char* name, auto slot) {
        auto* b = new QPushButton(text, box);
        b->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) {
            b->setToolTip(tr("%1（%2）").arg(text, key.toString(QKeySequence::NativeText)));
            auto* a = new QAction(text, this);
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(a, &QAction::triggered, this, slot);
            addAction(a);
        }
        connect(b, &QPushButton::clicked, this, slot);
        l->addWidget(b);
    };
    button(actions, al, tr("打印预览"), QKeySequence(tr("Ctrl+P")), "reportPrintPreview",
           &ReportsPage::printPreviewDialog);
    button(actions, al, tr("打印"), QKeySequence(tr("Ctrl+Shift+P")), "reportPrint",
           &ReportsPage::printDialog);
    button(actions, al, tr("另存为 PDF"), QKeySequence(tr("Ctrl+Shift+S")), "reportSavePdf",
           &ReportsPage::savePdfDialog);
    button(actions, al, tr("导出 HTML"), QKeySequence(), "reportSaveHtml", &ReportsPage::saveHtmlDialog);
    button(ledger, ll, tr("导出台账 Excel"), QKeySequence(tr("Ctrl+Shift+L")), "ledgerXlsx",
           [this] { exportLedgerDialog(true); });
    button(ledger, ll, tr("导出台账 CSV"), QKeySequence(), "ledgerCsv",
           [this] { exportLedgerDialog(false); });
    form->addWidget(actions);
    form->addWidget(ledger);

    // The unit feedback sheets (反馈表): MainWindow puts its export / import actions in this box.
    m_feedback = new QGroupBox(tr("单位反馈表"), left);
    m_feedback->setObjectName(QStringLiteral("feedbackArea"));
    new QHBoxLayout(m_feedback);
    form->addWidget(m_feedback);

    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addWidget(m_status);

    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paintPreview);

    // The controls scroll on a small screen (1024×700) instead of growing the window or squeezing the
    // scope lists to one row.
    for (QListView* list : {m_directiveList, m_unitList})
        list->setMinimumHeight(5 * (list->fontMetrics().height() + 4));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportControlsScroll"));
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(left->minimumWidth() + scroll->verticalScrollBar()->sizeHint().width());
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes(
        {40 * fontMetrics().horizontalAdvance(u'中'), 60 * fontMetrics().horizontalAdvance(u'中')});
    // left->minimumWidth is set before the scroll area reads it
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(m_week, &QLineEdit::textChanged, this, [this] {
        m_byWeek->setChecked(true);
        periodChanged();
    });
    connect(prev, &QPushButton::clicked, this, [this] { stepWeek(-1); });
    connect(next, &QPushButton::clicked, this, [this] { stepWeek(1); });
    for (DateField* e : {m_from, m_to})
        connect(e, &DateField::dateChanged, this, [this] {
            m_byRange->setChecked(true);
            periodChanged();
        });
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            periodChanged();
    });
    connect(m_asOf, &DateField::dateChanged, this, &ReportsPage::schedulePreview);
    for (QLineEdit* e : {m_title, m_office})
        connect(e, &QLineEdit::textChanged, this, &ReportsPage::schedulePreview);
    connect(m_requirements, &QPlainTextEdit::textChanged, this, &ReportsPage::schedulePreview);
    connect(m_scoring, &QCheckBox::toggled, this, &ReportsPage::schedulePreview);
    connect(m_byOriginal, &QCheckBox::toggled, this, &ReportsPage::schedulePreview);
    connect(m_directives, &QStandardItemModel::itemChanged, this, &ReportsPage::schedulePreview);
    connect(m_units, &QStandardItemModel::itemChanged, this, &ReportsPage::schedulePreview);
    periodChanged();
}

void ReportsPage::setRepository(Repository* repo)
{
    m_repo = repo;
    m_loader->cancel(); // no report of the old store lands
    reload();
}

void ReportsPage::reload()
{
    if (!m_repo) {
        m_listsLoader->cancel();
        fillLists({}, {});
        schedulePreview();
        return;
    }
    struct Lists
    {
        QList<QPair<qint64, QString>> directives;
        QList<StoreAccess::UnitInfo> units;
    };
    m_listsLoader->start<Lists>(
        m_repo,
        [](Repository& repo) {
            return Lists{StoreAccess::directives(repo), StoreAccess::units(repo)};
        },
        [this](Lists l) { fillLists(l.directives, l.units); });
    schedulePreview();
}

void ReportsPage::fillLists(const QList<QPair<qint64, QString>>& directives,
                            const QList<StoreAccess::UnitInfo>& units)
{
    const QStringList checkedNames = checkedUnits();
    const QList<qint64> checkedIds = checkedDirectives();
    m_directives->clear();
    m_units->clear();
    for (const auto& [id, title] : directives) {
        auto* item = new QStandardItem(title.isEmpty() ? tr("（无标题文件 %1）").arg(id) : title);
        item->setToolTip(item->text());
        item->setData(id, Qt::UserRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(checkedIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        m_directives->appendRow(item);
    }
    for (const StoreAccess::UnitInfo& u : units) {
        if (u.taskCount == 0)
            continue;
        auto* item = new QStandardItem(u.name);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(checkedNames.contains(u.name) ? Qt::Checked : Qt::Unchecked);
        m_units->appendRow(item);
    }
    m_units->sort(0);
    // The report reads the store itself: only a choice that is gone changes what it covers.
    if (checkedUnits() != checkedNames || checkedDirectives() != checkedIds)
        schedulePreview();
}

QList<qint64> ReportsPage::checkedDirectives() const
{
    QList<qint64> out;
    for (int r = 0; r < m_directives->rowCount(); ++r) {
        if (m_directives->item(r)->checkState() == Qt::Checked)
            out << m_directives->item(r)->data(Qt::UserRole).toLongLong();
    }
    return out;
}

QStringList ReportsPage::checkedUnits() const
{
    return checkedTexts(m_units);
}

void ReportsPage::periodChanged()
{
    QString why;
    const auto week = ReportPeriod::parseWeek(m_week->text(), &why);
    if (m_byWeek->isChecked()) {
        m_weekLabel->setText(week ? week->label() : why);
        m_weekLabel->setStyleSheet(week ? QString() : QStringLiteral("color: #c62828"));
        if (week)
            m_asOf->setDate(std::min(week->to, std::max(week->from, Clock::today())));
    } else {
        const auto range = ReportPeriod::range(m_from->date(), m_to->date(), &why);
        m_weekLabel->setText(range ? range->label() : why);
        m_weekLabel->setStyleSheet(range ? QString() : QStringLiteral("color: #c62828"));
        if (range)
            m_asOf->setDate(std::min(range->to, std::max(range->from, Clock::today())));
    }
    schedulePreview();
}

void ReportsPage::stepWeek(int weeks)
{
    const auto week = ReportPeriod::parseWeek(m_week->text(), nullptr);
    const QDate base = week ? week->from : Clock::today();
    m_week->setText(ReportPeriod::weekOf(base.addDays(7 * weeks)).key());
}

void ReportsPage::setWeek(const QString& isoWeek)
{
    m_week->setText(isoWeek);
    m_byWeek->setChecked(true);
    periodChanged();
}

void ReportsPage::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_byRange->setChecked(true);
    periodChanged();
}

void ReportsPage::setAsOf(const QDate& asOf)
{
    m_asOf->setDate(asOf);
}

void ReportsPage::setRequirements(const QString& text)
{
    m_requirements->setPlainText(text);
}

void ReportsPage::setOffice(const QString& office)
{
    m_office->setText(office);
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    if (m_byWeek->isChecked()) {
        if (const auto w = ReportPeriod::parseWeek(m_week->text(), nullptr))
            o.period = *w;
    } else if (const auto r = ReportPeriod::range(m_from->date(), m_to->date(), nullptr)) {
        o.period = *r;
    }
    o.asOf = m_asOf->date();
    o.title = m_title->text().trimmed();
    o.office = m_office->text().trimmed();
    o.byOriginalDeadline = m_byOriginal->isChecked();
    o.requirements = m_requirements->toPlainText();
    o.scoring = m_scoring->isChecked();
    o.scoreRule = ScoreRuleDialog::saved();
    o.directiveIds = checkedDirectives();
    o.units = checkedUnits();
    const WarningPalette& palette = WarningPalette::current();
    o.rules = palette.rules;
    o.overdueColor = palette.overdue;
    o.behindColor = palette.behindPace;
    o.onTrackColor = palette.onTrack;
    o.doneColor = palette.done;
    for (int l = 0; l < kChaseLevels; ++l)
        o.chaseNames[l] = palette.chaseName(l + 1);
    return o;
}

std::optional<WeeklyReport> ReportsPage::report(bool issue, QString* error)
{
    const ReportOptions o = options();
    if (!m_repo) {
        if (error)
            *error = tr("没有打开数据库");
        return std::nullopt;
    }
    if (!o.period.isValid()) {
        if (error)
            *error = m_weekLabel->text();
        return std::nullopt;
    }
    StoreError e;
    auto r = buildWeeklyReport(*m_repo, o, issue, StoreAccess::currentUser(), &e);
    if (!r && error)
        *error = e.message;
    if (r && issue) {
        QSettings s;
        s.setValue(QString::fromLatin1(kOfficeKey), o.office);
        s.setValue(QString::fromLatin1(kTitleKey), o.title);
        emit reportIssued(r->number);
    }
    return r;
}

void ReportsPage::schedulePreview()
{
    m_previewStale = true;
    if (isVisible())
        m_previewTimer->start();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Tasks may have changed in another view since: lists and preview are read again on every visit.
    reload();
    if (m_previewStale) {
        m_previewTimer->stop();
        loadPreview();
    }
}

void ReportsPage::loadPreview()
{
    m_previewStale = false;
    const ReportOptions o = options();
    if (!m_repo || !o.period.isValid()) {
        m_loader->cancel();
        m_shown.reset();
        m_shownError = m_repo ? m_weekLabel->text() : tr("没有打开数据库");
        m_preview->updatePreview();
        return;
    }
    struct Built
    {
        std::optional<WeeklyReport> report;
        QString error;
    };
    const QString by = StoreAccess::currentUser();
    m_loader->start<Built>(
        m_repo,
        [o, by](Repository& repo) {
            Built b;
            StoreError e;
            b.report = buildWeeklyReport(repo, o, false, by, &e); // a preview issues nothing: no write
            b.error = e.message;
            return b;
        },
        [this](Built b) {
            m_shown = std::move(b.report);
            m_shownError = b.error;
            m_preview->updatePreview();
            m_preview->setCurrentPage(1);
        });
}

void ReportsPage::paintPreview(QPrinter* printer)
{
    printer->setFullPage(true);
    if (m_shown) {
        ReportDocument(*m_shown).print(printer);
        return;
    }
    if (!m_shownError.isEmpty())
        setStatus(m_shownError, true);
}

void ReportsPage::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

QString ReportsPage::suggestedName(const QString& suffix) const
{
    const ReportOptions o = options();
    const QString folder = QSettings()
                               .value(QString::fromLatin1(kFolderKey),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString title = o.title.isEmpty() ? defaultReportTitle() : o.title;
    return QDir(folder).filePath(
        title + u'-' + (o.period.isValid() ? o.period.key() : QString()).replace(u'~', u'_') + suffix);
}

bool ReportsPage::savePdf(const QString& path, QString* error)
{
    QString why;
    const auto r = report(true, &why);
    int pages = 0;
    if (r && writeReportPdf(*r, path, &why, &pages)) {
        setStatus(tr("已保存%1第%2期（%3页）：%4")
                      .arg(r->options.title)
                      .arg(r->number)
                      .arg(pages)
                      .arg(QDir::toNativeSeparators(path)));
        m_preview->updatePreview();
        return true;
    }
    setStatus(why, true);
    if (error)
        *error = why;
    return false;
}

bool ReportsPage::saveHtml(const QString& path, QString* error)
{
    QString why;
    const auto r = report(true, &why);
    if (r && writeReportHtml(*r, path, &why)) {
        setStatus(tr("已导出%1第%2期：%3")
                      .arg(r->options.title)
                      .arg(r->number)
                      .arg(QDir::toNativeSeparators(path)));
        return true;
    }
    setStatus(why, true);
    if (error)
        *error = why;
    return false;
}

bool ReportsPage::exportLedger(const QString& path, bool xlsx, QString* error)
{
    QString why;
    if (!m_repo) {
        why = tr("没有打开数据库");
    } else {
        // The ledger filter takes one unit and one directive: several are read one by one and merged.
        QList<QString> units = checkedUnits();
        QList<qint64> directives = checkedDirectives();
        if (units.isEmpty())
            units << QString();
        if (directives.isEmpty())
            directives << 0;
        QList<LedgerRow> rows;
        QSet<qint64> seen;
        StoreError e;
        for (const QString& u : units) {
            for (qint64 d : directives) {
                TaskFilter f;
                f.unit = u;
                f.directiveId = d;
                for (const LedgerRow& row : ledgerRows(*m_repo, f, &e)) {
                    if (!seen.contains(row.record.id)) {
                        seen.insert(row.record.id);
                        rows << row;
                    }
                }
            }
        }
        if (units.size() * directives.size() > 1)
            std::stable_sort(rows.begin(), rows.end(), [](const LedgerRow& a, const LedgerRow& b) {
                return a.record.id < b.record.id;
            });
        if (e.isError())
            why = e.message;
        else if (xlsx ? writeLedgerXlsx(rows, path, &why) : writeLedgerCsv(rows, path, &why)) {
            setStatus(tr("已导出台账 %1 项任务：%2").arg(rows.size()).arg(QDir::toNativeSeparators(path)));
            return true;
        }
    }
    setStatus(why, true);
    if (error)
        *error = why;
    return false;
}

void ReportsPage::printPreviewDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("打印预览"));
    // Printing from this dialog is printing: the report as the store holds it now, as print and save read it.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        p->setFullPage(true);
        QString error;
        if (const auto r = report(false, &error))
            ReportDocument(*r).print(p);
        else
            setStatus(error, true);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportsPage::printDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    const auto r = report(true, &why);
    if (!r) {
        setStatus(why, true);
        return;
    }
    printer.setFullPage(true);
    const int pages = ReportDocument(*r).print(&printer);
    setStatus(tr("已送打印%1第%2期（%3页）").arg(r->options.title).arg(r->number).arg(pages), pages == 0);
}

void ReportsPage::savePdfDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("另存为 PDF"), suggestedName(QStringLiteral(".pdf")), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QString::fromLatin1(kFolderKey), QFileInfo(path).absolutePath());
    savePdf(path);
}

void ReportsPage::saveHtmlDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出 HTML"), suggestedName(QStringLiteral(".html")), tr("网页文件 (*.html)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QString::fromLatin1(kFolderKey), QFileInfo(path).absolutePath());
    saveHtml(path);
}

void ReportsPage::exportLedgerDialog(bool xlsx)
{
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString folder = QFileInfo(suggestedName(suffix)).absolutePath();
    const QString path =
        QFileDialog::getSaveFileName(this, xlsx ? tr("导出台账 Excel") : tr("导出台账 CSV"),
                                     QDir(folder).filePath(tr("督办台账") + suffix),
                                     xlsx ? tr("Excel 工作簿 (*.xlsx)") : tr("CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QString::fromLatin1(kFolderKey), QFileInfo(path).absolutePath());
    exportLedger(path, xlsx);
}

} // namespace duban
