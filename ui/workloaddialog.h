#pragma once
// Add, edit or duplicate a workload: live validation, the endpoint URL as you type, and the key
// (masked, optional when editing: empty keeps the stored one).

#include "guard.h"
#include "workloads.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ik::ui {

class KeyField;
class VerdictView;

class WorkloadDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };
    // The guard is read only (for the verdict of the key typed here).
    WorkloadDialog(Mode mode, const Workload& workload, const CredentialGuard* guard,
                   bool hasStoredKey, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    Workload workload() const; // with the fields as typed (trimmed)
    QString key() const;       // empty: keep (edit) or none
    void setKey(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void nameFields();
    void fillFields(const Workload& workload);
    void buildLayout();
    void connectFields();
    void revalidate();
    void fitToContent();

    Mode m_mode;
    Workload m_original;
    const CredentialGuard* m_guard;
    bool m_hasStoredKey;
    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    QLineEdit* m_project;
    QLineEdit* m_slug;
    QComboBox* m_kind;
    KeyField* m_key;
    QLabel* m_pasteNote;
    VerdictView* m_verdict;
    QLabel* m_preview;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace ik::ui
