#pragma once
// The settings dialog: Network (timeouts, proxy, a CA file per base URL), Appearance (language,
// palette) and Data (the folder, its size, clearing history, keeping frames). It edits an
// AppSettings (workbench/appsettings.h) and hands it to applySettings(); what is wrong is said
// under the pages and nothing is saved until it is fixed.

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace ik::ui {

class MainWindow;

// Puts settings into effect for the window's next request (timeouts, proxy, CA files, frames)
// and, when `palette` is true, at once on the palette. Returns the CA files' problems.
QStringList applySettings(MainWindow* window, const AppSettings& settings, bool palette = true);

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(MainWindow* window);

    AppSettings edited() const; // what the fields say now
    // Checks what the fields say; when all is well saves it, applies it and returns true,
    // otherwise shows the problems and returns false.
    bool save();
    QString problemText() const;

public slots:
    void accept() override;  // save(), and closes only when it worked
    void clearHistory();     // asks first
    void changeDataFolder(); // picks a folder, copies the history there for the next start

private:
    QWidget* buildNetworkPage();
    QWidget* buildCaTable(QWidget* parent);
    QWidget* buildAppearancePage();
    QWidget* buildDataPage();
    void fill(const AppSettings& settings);
    void addCaRow(const CaFile& file);
    void browseCaFile();
    void updateProxyFields();
    void updateDataSize();
    void showDataFolder(const QString& historyPath);
    void showProblems(const QStringList& problems);

    MainWindow* m_window;
    AppSettings m_loaded;
    QTabWidget* m_pages;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_idleTimeout;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyUrl;
    QLineEdit* m_noProxy;
    QTableWidget* m_caTable;
    QCheckBox* m_http2;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QComboBox* m_palette;
    QLineEdit* m_dataFolder;
    QLabel* m_dataSize;
    QLabel* m_dataFolderNote;
    QCheckBox* m_keepFrames;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace ik::ui
