#pragma once
// The workload header above every view: one compact line (name, endpoint, key status, the guard's
// verdict as an icon with its reason on hover, Test connection) that expands on demand for
// editing the key. The key field's text is the key of the next send from every view: while it
// differs from what the store holds it is an unsaved draft (KeyDrafts), marked as such, with
// Revert; saving is a separate act that stores exactly what the field shows.

#include "guard.h"
#include "workloads.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ik {
class KeyDrafts;
class KeyVault;
class RunSession;
struct SessionServices;
enum class SessionEnd;
} // namespace ik

namespace ik::ui {

class KeyField;
class VerdictView;

class WorkloadPanel : public QFrame {
    Q_OBJECT
public:
    // Nothing is owned. Test connection goes through a RunSession over `services`, whose key
    // lookup should answer `drafts` first (draftsThenVault).
    WorkloadPanel(const SessionServices* services, KeyVault* vault, KeyDrafts* drafts,
                  QWidget* parent = nullptr);

    void setWorkload(const std::optional<Workload>& workload);
    std::optional<Workload> workload() const { return m_workload; }
    // The guard's verdict on the key in the field, with the texts a view is about to send.
    GuardVerdict verdict(const QString& prompt = {}, const QString& system = {}) const;
    bool canSend() const;
    KeyField* keyField() const { return m_key; }
    // True while the field holds a key the store does not (the next send uses the field's).
    bool hasUnsavedKey() const;
    bool isExpanded() const;
    void refreshVerdict();

public slots:
    void setExpanded(bool expanded); // shows the key editor below the line
    void testConnection();
    void saveKey();   // stores exactly the field's text, or refuses and says why
    void revertKey(); // back to what the store holds

signals:
    void canSendChanged(bool canSend);
    void testFinished(bool ok, const QString& text);
    void statusMessage(const QString& text);

private:
    QWidget* buildLine();
    QWidget* buildDetails();
    void connectKeyField();
    void showNoWorkload();
    void fillField(const QString& text);
    void onKeyEdited();
    void loadKey();
    void updateKeyState();
    void updateKeyButtons();
    void showNote(const QString& text);
    void onTestEnded(SessionEnd end);
    QString connectedText() const;
    void finishTest(bool ok, const QString& text);

    const SessionServices* m_services;
    KeyVault* m_vault;
    QPointer<KeyDrafts> m_drafts;
    RunSession* m_session;
    std::optional<Workload> m_workload;
    QString m_stored; // what the store holds for the workload, so the panel knows a draft
    bool m_filling = false;
    int m_generation = 0;
    int m_testGeneration = -1;
    QElapsedTimer m_testClock;

    // The line.
    QLabel* m_kindMark;
    QLabel* m_title;
    QLabel* m_endpointLabel;
    QLabel* m_keyMark;
    QLabel* m_keySummary;
    QLabel* m_verdictMark;
    QPushButton* m_test;
    QLabel* m_testMark;
    QToolButton* m_expand;
    // The key editor.
    QWidget* m_details;
    KeyField* m_key;
    QPushButton* m_saveKey;
    QPushButton* m_revert;
    QLabel* m_keyState;
    QLabel* m_pasteNote;
    VerdictView* m_verdict;
    QLabel* m_testResult;
};

} // namespace ik::ui
