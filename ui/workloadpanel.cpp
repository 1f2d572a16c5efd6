#include "workloadpanel.h"

#include "endpoint.h"
#include "hooks.h"
#include "keyfield.h"
#include "keyvault.h"
#include "verdictview.h"

#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ik::ui {

WorkloadPanel::WorkloadPanel(QNetworkAccessManager* nam, CredentialGuard* guard, KeyVault* vault,
                             QWidget* parent)
    : QWidget(parent), m_nam(nam), m_guard(guard), m_vault(vault), m_title(new QLabel(this)),
      m_endpointLabel(new QLabel(this)), m_key(new KeyField(this)),
      m_saveKey(new QPushButton(tr("Save &key"), this)),
      m_saveToKeychain(new QPushButton(tr("Save key to keychain"), this)),
      m_keyState(new QLabel(this)), m_pasteNote(new QLabel(this)), m_verdict(new VerdictView(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_testResult(new QLabel(this)) {
    setObjectName(QStringLiteral("workloadPanel"));
    m_title->setObjectName(QStringLiteral("workloadTitle"));
    m_endpointLabel->setObjectName(QStringLiteral("workloadEndpoint"));
    m_key->setObjectName(QStringLiteral("panelKeyField"));
    m_saveKey->setObjectName(QStringLiteral("saveKey"));
    m_saveToKeychain->setObjectName(QStringLiteral("saveToKeychain"));
    m_keyState->setObjectName(QStringLiteral("keyState"));
    m_pasteNote->setObjectName(QStringLiteral("pasteNote"));
    m_verdict->setObjectName(QStringLiteral("panelVerdict"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setObjectName(QStringLiteral("testResult"));

    m_key->setAccessibleFieldName(tr("Key of the selected workload"));
    m_saveKey->setAccessibleName(tr("Save key"));
    m_saveToKeychain->setAccessibleName(tr("Save key to keychain"));
    m_saveToKeychain->setToolTip(tr("Sandbox keys are held for this session only; this writes "
                                    "this one to the system keychain."));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Make the smallest real call for this workload's kind"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    for (QLabel* l : {m_endpointLabel, m_keyState, m_pasteNote, m_testResult}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setWordWrap(true);
    }
    m_pasteNote->hide();
    m_testResult->setFocusPolicy(Qt::NoFocus);

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_saveKey);
    keyRow->addWidget(m_saveToKeychain);
    auto* form = new QFormLayout;
    form->addRow(tr("Endpoint:"), m_endpointLabel);
    auto* keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyState);
    form->addRow(QString(), m_pasteNote);
    form->addRow(tr("Guard:"), m_verdict);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(testRow);

    connect(m_key, &KeyField::keyChanged, this, [this] {
        m_pasteNote->hide();
        refreshVerdict();
    });
    connect(m_key, &KeyField::normalisedOnPaste, this, [this](const QStringList& changes) {
        if (changes.isEmpty())
            return;
        m_pasteNote->setText(
            tr("Pasted key cleaned up: %1.").arg(changes.join(QStringLiteral("; "))));
        m_pasteNote->show();
    });
    connect(m_verdict, &VerdictView::applyFix, this, [this](const QString& normalised) {
        const QStringList changes = judgeKey(m_key->key()).changes;
        m_key->setKey(normalised);
        m_pasteNote->setText(tr("Key cleaned up: %1.").arg(changes.join(QStringLiteral("; "))));
        m_pasteNote->show();
    });
    connect(m_saveKey, &QPushButton::clicked, this, &WorkloadPanel::saveKey);
    connect(m_saveToKeychain, &QPushButton::clicked, this, [this] {
        if (!m_workload)
            return;
        const QString account = m_workload->account();
        QPointer<WorkloadPanel> self(this);
        m_vault->saveToKeychain(account, [self](bool, const QString& message) {
            if (self)
                emit self->statusMessage(message);
        });
    });
    connect(m_test, &QPushButton::clicked, this, &WorkloadPanel::testConnection);
    connect(m_vault, &KeyVault::changed, this, [this](const QString& account) {
        if (m_workload && account == m_workload->account()) {
            updateKeyState();
            // A key stored after the selection (add dialog, import, move) fills an untouched field.
            if (m_key->key().isEmpty())
                loadKey();
        }
    });
    setWorkload(std::nullopt);
}

void WorkloadPanel::setWorkload(const std::optional<Workload>& workload) {
    ++m_generation;
    if (m_endpoint)
        m_endpoint->deleteLater();
    m_workload = workload;
    m_loadedKey.clear();
    m_key->setKey({});
    m_key->setRevealed(false);
    m_pasteNote->hide();
    m_testResult->clear();
    const bool has = workload.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_key, m_saveKey, m_verdict, m_test})
        w->setEnabled(has);
    if (!has) {
        m_title->setText(tr("No workload selected"));
        m_endpointLabel->setText(tr("Add a workload (Ctrl+N), import a project's workloads, or "
                                    "start the local sandbox from the Workloads menu."));
        m_keyState->clear();
        m_saveToKeychain->hide();
        refreshVerdict();
        return;
    }
    m_title->setText(tr("%1 · %2").arg(workload->displayName(), workloadKindName(workload->kind)));
    m_title->setAccessibleName(m_title->text());
    m_endpointLabel->setText(endpointPreview(*workload));
    updateKeyState();
    refreshVerdict();
    loadKey();
}

void WorkloadPanel::loadKey() {
    if (!m_workload)
        return;
    const int generation = m_generation;
    QPointer<WorkloadPanel> self(this);
    m_vault->read(m_workload->account(), [self, generation](const KeyStoreResult& r) {
        if (!self || generation != self->m_generation || !r.ok())
            return;
        // Only fill the field if the user has not typed meanwhile.
        if (!self->m_key->key().isEmpty())
            return;
        self->m_loadedKey = r.secret;
        self->m_key->setKey(r.secret);
        self->refreshVerdict();
    });
}

void WorkloadPanel::updateKeyState() {
    if (!m_workload)
        return;
    const KeyInfo info = m_vault->info(m_workload->account());
    QString text = keyStateText(info.state);
    if (!info.redacted.isEmpty())
        text += QStringLiteral(" (%1)").arg(info.redacted);
    if (m_workload->sandbox && info.state == KeyState::SessionOnly)
        text =
            tr("Demo key of the local sandbox (%1), held for this session only").arg(info.redacted);
    m_keyState->setText(text);
    m_saveToKeychain->setVisible(info.state == KeyState::SessionOnly && !m_vault->sessionOnly());
}

GuardVerdict WorkloadPanel::judge(const QString& prompt, const QString& system) const {
    if (!m_workload)
        return CredentialGuard().judge({});
    return m_guard->judge({m_workload->ref(), m_key->key(), prompt, system});
}

void WorkloadPanel::refreshVerdict() {
    const GuardVerdict v = judge();
    m_verdict->setVerdict(v);
    const bool can = m_workload && v.canSend();
    m_test->setEnabled(can);
    const QString key = m_key->key();
    m_saveKey->setEnabled(m_workload && !key.isEmpty() && key != m_loadedKey && v.key.sendable());
    emit canSendChanged(can);
}

void WorkloadPanel::saveKey() {
    if (!m_workload)
        return;
    const QString key = m_key->key();
    if (!judgeKey(key).sendable())
        return;
    const WorkloadRef ref = m_workload->ref();
    m_loadedKey = key;
    QPointer<WorkloadPanel> self(this);
    m_vault->store(m_workload->account(), key, [self](bool, const QString& message) {
        if (!self)
            return;
        emit self->statusMessage(message);
        self->refreshVerdict();
    });
}

void WorkloadPanel::testConnection() {
    if (!m_workload)
        return;
    const GuardVerdict v = judge();
    if (!v.canSend()) {
        m_testResult->setText(tr("Not sent: %1 %2").arg(v.headline(), v.fix()));
        emit testFinished(false, m_testResult->text());
        return;
    }
    if (v.needsConfirmation() &&
        !hooks().confirm(this, tr("Send anyway?"),
                         tr("The credential guard asks first:\n\n%1\n\nSend the test call anyway?")
                             .arg(v.details()))) {
        m_testResult->setText(tr("Not sent: %1").arg(v.headline()));
        emit testFinished(false, m_testResult->text());
        return;
    }
    if (m_endpoint)
        m_endpoint->deleteLater();
    const Workload w = *m_workload;
    const QString key = m_key->key();
    const QString keyId = Credential::parse(key).id;
    auto* endpoint = new Endpoint(m_nam, w.ref(), key, this);
    endpoint->setConnectTimeoutMs(15000);
    endpoint->setIdleTimeoutMs(15000);
    m_endpoint = endpoint;
    Run* run = nullptr;
    switch (w.kind) {
    case WorkloadKind::Chat: {
        ChatRequest r;
        r.model = w.slug;
        r.prompt = QStringLiteral("ping");
        r.params.maxTokens = 1;
        run = endpoint->chat(r);
        break;
    }
    case WorkloadKind::Embedding:
        run = endpoint->embed({w.slug, {QStringLiteral("ping")}});
        break;
    case WorkloadKind::Rerank: {
        RerankRequest r;
        r.model = w.slug;
        r.query = QStringLiteral("ping");
        r.documents = {QStringLiteral("pong")};
        run = endpoint->rerank(r);
        break;
    }
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(w.displayName()));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const int generation = m_generation;
    connect(run, &Run::ended, this,
            [this, run, endpoint, w, keyId, clock, generation](RunState state) {
                endpoint->deleteLater();
                if (generation != m_generation)
                    return;
                const qint64 ms =
                    run->timings().totalMs >= 0 ? run->timings().totalMs : clock->elapsed();
                QString text;
                bool ok = state == RunState::Done;
                if (ok) {
                    QString model = run->model();
                    if (model.isEmpty())
                        model = run->type() == Run::Type::Embeddings ? run->embeddings().model
                                                                     : run->rerank().model;
                    text = tr("Connected: %1 answered in %2 ms.")
                               .arg(model.isEmpty() ? tr("the server") : model)
                               .arg(ms);
                    m_guard->noteSuccess(keyId, w.ref());
                    emit guardLearned();
                } else {
                    const Error& e = run->error();
                    text = e.summary() + u'\n' + e.hint;
                    if (e.kind == ErrorKind::Permission &&
                        (e.code == u"project_scope_mismatch" || e.code == u"scope_insufficient")) {
                        m_guard->noteServerAnswer(keyId, w.ref(), e.code);
                        emit guardLearned();
                    }
                }
                m_testResult->setText(redactSecrets(text));
                refreshVerdict();
                emit statusMessage(m_testResult->text().section(u'\n', 0, 0));
                emit testFinished(ok, m_testResult->text());
            });
}

} // namespace ik::ui
