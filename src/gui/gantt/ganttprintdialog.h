#pragma once

#include "report/ganttprint.h"

#include <QDialog>

class QComboBox;

class QFormLayout;
class QPrinter;

namespace duban {

class DateField;

// Chooses the date range and page layout, then prints, previews or writes a PDF of the Gantt rows.
class GanttPrintDialog : public QDialog
{
    Q_OBJECT
public:
    GanttPrintDialog(const QList<GanttRow>& rows, const GanttPrintOptions& options,
                     QWidget* parent = nullptr);

    GanttPrintOptions options() const; // with the chosen range and mode
    // A button that sets the range to what the chart shows.
    void offerVisibleRange(const QDate& from, const QDate& to);

    void print();
    void preview();
    void exportPdf();
    // Paints onto any printer (the preview's and the print dialog's); returns the pages.
    int paint(QPrinter* printer);

private:
    QList<GanttRow> m_rows;
    GanttPrintOptions m_options;
    DateField* m_from;
    DateField* m_to;
    QComboBox* m_mode;
    QFormLayout* m_form;
};

} // namespace duban
