#pragma once
// The selected workload at the top of the central area: where it lives, its key (masked), the
// guard's verdict on that key, and "Test connection" (the smallest real call for its kind).

#include "guard.h"
#include "workloads.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace ik {
class Endpoint;
class KeyVault;
} // namespace ik

namespace ik::ui {

class KeyField;
class VerdictView;

class WorkloadPanel : public QWidget {
    Q_OBJECT
public:
    WorkloadPanel(QNetworkAccessManager* nam, CredentialGuard* guard, KeyVault* vault,
                  QWidget* parent = nullptr);

    void setWorkload(const std::optional<Workload>& workload);
    std::optional<Workload> workload() const { return m_workload; }
    // The guard's verdict on the key in the field, with the texts a view is about to send.
    GuardVerdict judge(const QString& prompt = {}, const QString& system = {}) const;
    bool canSend() const { return judge().canSend(); }
    KeyField* keyField() const { return m_key; }
    void refreshVerdict();

public slots:
    void testConnection();

signals:
    void canSendChanged(bool canSend);
    void guardLearned(); // the guard remembered a server answer (persist it)
    void testFinished(bool ok, const QString& text);
    void statusMessage(const QString& text);

private:
    void saveKey();
    void loadKey();
    void updateKeyState();

    QNetworkAccessManager* m_nam;
    CredentialGuard* m_guard;
    KeyVault* m_vault;
    std::optional<Workload> m_workload;
    QString m_loadedKey; // what the store holds, so "Save key" knows when there is news
    int m_generation = 0;
    QPointer<Endpoint> m_endpoint;

    QLabel* m_title;
    QLabel* m_endpointLabel;
    KeyField* m_key;
    QPushButton* m_saveKey;
    QPushButton* m_saveToKeychain;
    QLabel* m_keyState;
    QLabel* m_pasteNote;
    VerdictView* m_verdict;
    QPushButton* m_test;
    QLabel* m_testResult;
};

} // namespace ik::ui
