#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace duban {

class FeedbackPreviewModel;
class Repository;
class TaskEditor;

// The unit feedback sheet (单位反馈表) round trip: export sheets for one unit or every unit into a folder;
// import a returned sheet, see each row accepted or refused (with the reason) and confirm.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { ExportTab, ImportTab };
    // Reads through the editor's repository; the import is the editor's (it clears the undo history).
    FeedbackDialog(TaskEditor& editor, Tab tab, QWidget* parent = nullptr);

    // Reads and checks a returned sheet into the preview; false (message shown) if it cannot be read.
    bool loadSheet(const QString& path);
    // Writes the accepted rows; false (message shown) on failure.
    bool confirmImport();
    // unitId 0 = every unit; returns the files written.
    QStringList exportSheets(qint64 unitId, const QString& folder);
    FeedbackPreviewModel* previewModel() const { return m_model; }

signals:
    void imported(); // the database changed: views reload

private:
    QWidget* buildExportTab();
    QWidget* buildImportTab();
    void chooseFolder();
    void chooseSheet();
    void showError(QLabel* label, const QString& message);

    TaskEditor& m_editor;
    Repository& m_repo;
    QTabWidget* m_tabs;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_exportResult = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_confirm = nullptr;
    FeedbackPreviewModel* m_model = nullptr;
};

} // namespace duban
