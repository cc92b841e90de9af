#pragma once

#include "gui/storeaccess.h"
#include "report/weeklyreport.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;

class QGroupBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QRadioButton;
class QStandardItemModel;
class QTimer;

namespace duban {

class BackgroundLoad;
class DateField;

class Repository;

// 报表: the weekly supervision report (督查周报) for a week or a date range, optionally for chosen
// directives and units, with the office's 工作要求; previewed page by page as it will print, printed,
// saved as PDF or HTML; and the ledger (台账) of the same selection as Excel or CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setRepository(Repository* repo);
    void reload(); // directive and unit lists, and the preview

    // The choices on the page, for the report (asOf, rules and colours filled in).
    ReportOptions options() const;
    void setWeek(const QString& isoWeek); // e.g. 2022-W40; ignored when not a week
    void setRange(const QDate& from, const QDate& to);
    void setAsOf(const QDate& asOf);
    void setRequirements(const QString& text);
    void setOffice(const QString& office);

    // What the buttons do after their file dialog. Saving or printing issues the report: it takes (or
    // keeps) its issue number.
    bool savePdf(const QString& path, QString* error = nullptr);
    bool saveHtml(const QString& path, QString* error = nullptr);
    bool exportLedger(const QString& path, bool xlsx, QString* error = nullptr);
    QString statusText() const; // the line under the buttons: what was done last, or what went wrong
    const std::optional<WeeklyReport>& previewed() const { return m_shown; } // the preview's report

    QGroupBox* feedbackArea() const { return m_feedback; } // unit feedback sheets (反馈表) go here

signals:
    void reportIssued(int number);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void schedulePreview();
    void loadPreview(); // the report read off the GUI thread; the preview repaints when it lands
    void fillLists(const QList<QPair<qint64, QString>>& directives,
                   const QList<StoreAccess::UnitInfo>& units);
    void paintPreview(QPrinter* printer);
    void periodChanged();
    void stepWeek(int weeks);
    std::optional<WeeklyReport> report(bool issue, QString* error);
    void printPreviewDialog();
    void printDialog();
    void savePdfDialog();
    void saveHtmlDialog();
    void exportLedgerDialog(bool xlsx);
    void setStatus(const QString& text, bool error = false);
    QList<qint64> checkedDirectives() const;
    QStringList checkedUnits() const;
    QString suggestedName(const QString& suffix) const;

    Repository* m_repo = nullptr;
    QRadioButton* m_byWeek;
    QRadioButton* m_byRange;
    QLineEdit* m_week;
    QLabel* m_weekLabel;
    DateField* m_from;
    DateField* m_to;
    DateField* m_asOf;
    QLineEdit* m_title;
    QLineEdit* m_office;
    QCheckBox* m_byOriginal;
    QStandardItemModel* m_directives;
    QStandardItemModel* m_units;
    QListView* m_directiveList;
    QListView* m_unitList;
    QLineEdit* m_unitFilter;
    QPlainTextEdit* m_requirements;
    QCheckBox* m_scoring;
    QPrintPreviewWidget* m_preview;
    QPrinter* m_printer;
    QGroupBox* m_feedback;
    QLabel* m_status;
    QTimer* m_previewTimer;
    bool m_previewStale = true;
    BackgroundLoad* m_loader;            // the preview's report
    BackgroundLoad* m_listsLoader;       // the directive and unit lists (its bar on the directive list)
    std::optional<WeeklyReport> m_shown; // what the preview paints
    QString m_shownError;
};

} // namespace duban
