#include "workloadpanel.h"

#include "elidedlabel.h"
#include "hooks.h"
#include "icons.h"
#include "keydrafts.h"
#include "keyfield.h"
#include "keyvault.h"
#include "runsession.h"
#include "theme.h"
#include "verdictview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

// Test connection waits this long for headers and between reads: a probe, not a conversation.
constexpr int kProbeTimeoutMs = 15000;

QLabel* iconLabel(const QString& name, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    const int px = l->style()->pixelMetric(QStyle::PM_SmallIconSize);
    l->setFixedSize(px, px);
    return l;
}

void setIcon(QLabel* label, const QIcon& icon) {
    label->setPixmap(icon.pixmap(label->size()));
}

QString shortKeyState(KeyState state) {
    switch (state) {
    case KeyState::Stored:
        return QObject::tr("Key stored");
    case KeyState::SessionOnly:
        return QObject::tr("Key for this session");
    case KeyState::Missing:
        return QObject::tr("No key");
    case KeyState::Unknown:
        break;
    }
    return QObject::tr("Checking the keychain…");
}

} // namespace

WorkloadPanel::WorkloadPanel(const SessionServices* services, KeyVault* vault, KeyDrafts* drafts,
                             QWidget* parent)
    : QFrame(parent), m_services(services), m_vault(vault), m_drafts(drafts),
      m_session(new RunSession(services, this)) {
    setObjectName(QStringLiteral("workloadPanel"));
    setAccessibleName(tr("Selected workload"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(buildLine());
    layout->addWidget(buildDetails());
    connectKeyField();
    connect(m_session, &RunSession::confirmationNeeded, this, [this](const GuardVerdict& v) {
        const bool yes = hooks().confirm(
            this, tr("Send anyway?"),
            tr("The credential guard asks first:\n\n%1\n\nSend the test call anyway?")
                .arg(v.details()));
        m_session->confirm(yes);
    });
    connect(m_session, &RunSession::ended, this, &WorkloadPanel::onTestEnded);
    connect(m_vault, &KeyVault::changed, this, [this](const QString& account) {
        if (m_workload && account == m_workload->account()) {
            updateKeyState();
            loadKey(); // a key stored meanwhile (dialog, import, move, Save) is the stored one now
        }
    });
    setWorkload(std::nullopt);
}

QWidget* WorkloadPanel::buildLine() {
    auto* line = new QWidget(this);
    line->setObjectName(QStringLiteral("workloadLine"));
    m_kindMark = iconLabel(QStringLiteral("workloadKindMark"), line);
    m_title = new QLabel(line);
    m_title->setObjectName(QStringLiteral("workloadTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_endpointLabel = new ElidedLabel(Qt::ElideMiddle, line);
    m_endpointLabel->setObjectName(QStringLiteral("workloadEndpoint"));
    m_keyMark = iconLabel(QStringLiteral("keyMark"), line);
    m_keySummary = new QLabel(line);
    m_keySummary->setObjectName(QStringLiteral("keySummary"));
    m_verdictMark = iconLabel(QStringLiteral("headerVerdict"), line);
    m_test = new QPushButton(tr("&Test connection"), line);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Make the smallest real call for this workload's kind"));
    m_testMark = iconLabel(QStringLiteral("testMark"), line);
    m_expand = new QToolButton(line);
    m_expand->setObjectName(QStringLiteral("editKeyToggle"));
    m_expand->setText(tr("&Key"));
    m_expand->setCheckable(true);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expand->setArrowType(Qt::DownArrow);
    m_expand->setAccessibleName(tr("Edit the key"));
    m_expand->setToolTip(tr("Show the key, edit, save or revert it"));
    m_expand->setFocusPolicy(Qt::StrongFocus);
    auto* row = new QHBoxLayout(line);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kindMark);
    row->addWidget(m_title);
    row->addWidget(m_endpointLabel, 1);
    row->addSpacing(8);
    row->addWidget(m_keyMark);
    row->addWidget(m_keySummary);
    row->addWidget(m_verdictMark);
    row->addSpacing(8);
    row->addWidget(m_test);
    row->addWidget(m_testMark);
    row->addWidget(m_expand);
    connect(m_test, &QPushButton::clicked, this, &WorkloadPanel::testConnection);
    connect(m_expand, &QToolButton::toggled, this, [this](bool on) {
        setExpanded(on);
        if (on && m_key->isEnabled())
            m_key->setFocus(Qt::OtherFocusReason); // opened to edit the key: go there
    });
    return line;
}

QWidget* WorkloadPanel::buildDetails() {
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("keyDetails"));
    m_key = new KeyField(m_details);
    m_key->setObjectName(QStringLiteral("panelKeyField"));
    m_key->setAccessibleFieldName(tr("Key of the selected workload"));
    m_saveKey = new QPushButton(tr("&Save key"), m_details);
    m_saveKey->setObjectName(QStringLiteral("saveKey"));
    m_saveKey->setAccessibleName(tr("Save key"));
    m_saveKey->setToolTip(tr("Store the key in the field, exactly as shown, in the keychain"));
    m_revert = new QPushButton(tr("Re&vert"), m_details);
    m_revert->setObjectName(QStringLiteral("revertKey"));
    m_revert->setAccessibleName(tr("Revert the key"));
    m_revert->setToolTip(tr("Back to the stored key"));
    m_keyState = new QLabel(m_details);
    m_keyState->setObjectName(QStringLiteral("keyState"));
    m_pasteNote = new QLabel(m_details);
    m_pasteNote->setObjectName(QStringLiteral("pasteNote"));
    m_verdict = new VerdictView(m_details);
    m_verdict->setObjectName(QStringLiteral("panelVerdict"));
    m_testResult = new QLabel(m_details);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setFocusPolicy(Qt::NoFocus);
    for (QLabel* l : {m_keyState, m_pasteNote, m_testResult}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setWordWrap(true);
    }
    m_pasteNote->hide();

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_saveKey);
    keyRow->addWidget(m_revert);
    auto* keyLabel = new QLabel(tr("Key:"), m_details);
    keyLabel->setBuddy(m_key);
    // A grid, not a form: rows whose text is empty (no note, no test yet) take no space at all.
    auto* grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setVerticalSpacing(2);
    grid->addWidget(keyLabel, 0, 0);
    grid->addLayout(keyRow, 0, 1);
    grid->addWidget(m_keyState, 1, 1);
    grid->addWidget(m_pasteNote, 2, 1);
    grid->addWidget(new QLabel(tr("Guard:"), m_details), 3, 0);
    grid->addWidget(m_verdict, 3, 1);
    grid->addWidget(m_testResult, 4, 1);
    grid->setColumnStretch(1, 1);
    m_testResult->hide();
    m_details->hide();
    connect(m_saveKey, &QPushButton::clicked, this, &WorkloadPanel::saveKey);
    connect(m_revert, &QPushButton::clicked, this, &WorkloadPanel::revertKey);
    return m_details;
}

void WorkloadPanel::connectKeyField() {
    connect(m_key, &KeyField::keyChanged, this, [this] {
        m_pasteNote->hide();
        onKeyEdited();
    });
    connect(m_key, &KeyField::normalisedOnPaste, this, [this](const QStringList& changes) {
        if (!changes.isEmpty())
            showNote(tr("Pasted key cleaned up: %1.").arg(changes.join(QStringLiteral("; "))));
    });
    connect(m_verdict, &VerdictView::applyFix, this, [this](const QString& normalised) {
        const QStringList changes = judgeKey(m_key->key()).changes;
        m_key->setKey(normalised);
        showNote(tr("Key cleaned up: %1.").arg(changes.join(QStringLiteral("; "))));
    });
}

bool WorkloadPanel::isExpanded() const {
    return !m_details->isHidden();
}

void WorkloadPanel::setExpanded(bool expanded) {
    m_details->setVisible(expanded);
    m_expand->setArrowType(expanded ? Qt::UpArrow : Qt::DownArrow);
    if (m_expand->isChecked() != expanded) {
        const QSignalBlocker quiet(m_expand);
        m_expand->setChecked(expanded);
    }
}

void WorkloadPanel::showNote(const QString& text) {
    m_pasteNote->setText(text);
    m_pasteNote->show();
}

void WorkloadPanel::setWorkload(const std::optional<Workload>& workload) {
    ++m_generation;
    m_session->release(); // a test still going belongs to the previous workload
    m_workload = workload;
    m_stored.clear();
    const std::optional<QString> draft =
        workload && m_drafts ? m_drafts->draft(workload->account()) : std::nullopt;
    fillField(draft.value_or(QString()));
    m_key->setRevealed(false);
    m_pasteNote->hide();
    m_testResult->clear();
    m_testResult->hide();
    m_testMark->clear();
    m_testMark->setToolTip({});
    for (QWidget* w : std::initializer_list<QWidget*>{m_key, m_verdict, m_expand})
        w->setEnabled(workload.has_value());
    if (!workload) {
        showNoWorkload();
        return;
    }
    setIcon(m_kindMark, kindIcon(workload->kind));
    m_title->setText(tr("%1 · %2").arg(workload->displayName(), workloadKindName(workload->kind)));
    m_title->setAccessibleName(m_title->text());
    static_cast<ElidedLabel*>(m_endpointLabel)->setFullText(endpointPreview(*workload));
    updateKeyState();
    refreshVerdict();
    loadKey();
}

void WorkloadPanel::showNoWorkload() {
    m_kindMark->clear();
    m_title->setText(tr("No workload selected"));
    m_title->setAccessibleName(m_title->text());
    static_cast<ElidedLabel*>(m_endpointLabel)
        ->setFullText(tr("Add a workload (Ctrl+N), import a project's workloads, or start the "
                         "local sandbox from the Sandbox menu."));
    m_keyState->clear();
    m_keySummary->clear();
    m_keyMark->clear();
    setExpanded(false);
    refreshVerdict();
}

// The panel's own writes to the field (a workload picked, the stored key read back) are not the
// user's edits: they make no draft.
void WorkloadPanel::fillField(const QString& text) {
    m_filling = true;
    m_key->setKey(text);
    m_filling = false;
}

void WorkloadPanel::onKeyEdited() {
    if (!m_filling && m_workload && m_drafts)
        m_drafts->update(m_workload->account(), m_key->key(), m_stored);
    updateKeyState();
    refreshVerdict();
}

void WorkloadPanel::loadKey() {
    if (!m_workload)
        return;
    const int generation = m_generation;
    QPointer<WorkloadPanel> self(this);
    m_vault->read(m_workload->account(), [self, generation](const KeyStoreResult& r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_stored = r.ok() ? r.secret : QString();
        const QString account = self->m_workload->account();
        if (self->m_drafts && self->m_drafts->has(account))
            self->m_drafts->update(account, self->m_key->key(), self->m_stored);
        else
            self->fillField(self->m_stored);
        self->updateKeyState();
        self->refreshVerdict();
    });
}

bool WorkloadPanel::hasUnsavedKey() const {
    return m_workload && m_drafts && m_drafts->has(m_workload->account());
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
    const bool unsaved = hasUnsavedKey();
    if (unsaved)
        text = tr("Unsaved: the next send uses the key in the field, not the stored one. Save key "
                  "stores it; Revert brings back the stored key.") +
               u'\n' + text;
    m_keyState->setText(text);
    setIcon(m_keyMark, keyStateIcon(unsaved ? KeyState::SessionOnly : info.state));
    const bool demo = m_workload->sandbox && info.state == KeyState::SessionOnly;
    m_keySummary->setText(unsaved ? tr("Unsaved key")
                          : demo  ? tr("Demo key")
                                  : shortKeyState(info.state));
    m_keySummary->setToolTip(text);
    m_keySummary->setAccessibleName(m_keySummary->text());
    m_keySummary->setAccessibleDescription(text);
    theme::setTextTone(m_keySummary, unsaved ? std::optional(theme::Tone::Warn) : std::nullopt);
    updateKeyButtons();
}

void WorkloadPanel::updateKeyButtons() {
    const bool unsaved = hasUnsavedKey();
    const bool demoOnly = m_workload && !unsaved && !m_vault->sessionOnly() &&
                          m_vault->info(m_workload->account()).state == KeyState::SessionOnly;
    // A demo key held for the session can be saved as it is; anything else only when edited.
    m_saveKey->setEnabled(m_workload && (unsaved || demoOnly));
    m_revert->setEnabled(unsaved);
}

GuardVerdict WorkloadPanel::verdict(const QString& prompt, const QString& system) const {
    if (!m_workload)
        return judgeSend(nullptr, Workload(), QString());
    return judgeSend(m_services->guard, *m_workload, m_key->key(), prompt, system);
}

bool WorkloadPanel::canSend() const {
    return m_workload && verdict().canSend();
}

void WorkloadPanel::refreshVerdict() {
    const GuardVerdict v = verdict();
    m_verdict->setVerdict(v);
    const bool missing = v.has(QStringLiteral("missing_key")) && v.blocks.size() == 1;
    setIcon(m_verdictMark, verdictIcon(v.level(), missing));
    m_verdictMark->setToolTip(m_verdict->accessibleDescription() + QStringLiteral("\n\n") +
                              v.details());
    m_verdictMark->setAccessibleName(m_verdict->accessibleDescription());
    const bool can = m_workload && v.canSend();
    m_test->setEnabled(can && !m_session->isBusy());
    emit canSendChanged(can);
}

void WorkloadPanel::saveKey() {
    if (!m_workload)
        return;
    const QString key = m_key->key();
    const Verdict v = judgeKey(key);
    if (!v.sendable()) {
        // Nothing is stored: not this text, and not the old key in its place.
        const GuardVerdict why = verdict();
        const QString text = key.isEmpty()
                                 ? tr("Not saved: the key field is empty (Revert brings back the "
                                      "stored key).")
                                 : tr("Not saved: %1 %2").arg(why.headline(), why.fix());
        showNote(text);
        setExpanded(true);
        emit statusMessage(text);
        return;
    }
    QPointer<WorkloadPanel> self(this);
    m_vault->store(m_workload->account(), key, [self](bool, const QString& message) {
        if (self)
            emit self->statusMessage(message);
    });
}

void WorkloadPanel::revertKey() {
    if (!hasUnsavedKey())
        return;
    m_drafts->clear(m_workload->account());
    fillField(m_stored);
    m_pasteNote->hide();
    updateKeyState();
    refreshVerdict();
}

void WorkloadPanel::testConnection() {
    if (!m_workload)
        return;
    const GuardVerdict v = verdict();
    if (!v.canSend()) {
        // Said at once, without a key lookup: the field's key is the one that would be sent.
        finishTest(false, tr("Not sent: %1 %2").arg(v.headline(), v.fix()));
        return;
    }
    m_session->release();
    m_testGeneration = m_generation;
    m_testClock.start();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(m_workload->displayName()));
    m_testResult->show();
    SessionOptions options;
    options.recordHistory = false;
    options.connectTimeoutMs = kProbeTimeoutMs;
    options.idleTimeoutMs = kProbeTimeoutMs;
    m_session->start(*m_workload, SessionRequest::probe(*m_workload), options);
}

void WorkloadPanel::onTestEnded(SessionEnd end) {
    if (m_testGeneration != m_generation)
        return; // the workload changed meanwhile: that answer is not this one's
    m_testGeneration = -1;
    const GuardVerdict& v = m_session->verdict();
    switch (end) {
    case SessionEnd::Done:
        finishTest(true, connectedText());
        break;
    case SessionEnd::Blocked:
        finishTest(false, tr("Not sent: %1 %2").arg(v.headline(), v.fix()));
        break;
    case SessionEnd::Declined:
        finishTest(false, tr("Not sent: %1").arg(v.headline()));
        break;
    case SessionEnd::Abandoned:
        finishTest(false, tr("Not sent: cancelled."));
        break;
    default: {
        const Error& e = m_session->error();
        finishTest(false, e.summary() + u'\n' + e.hint);
        break;
    }
    }
    m_session->release(); // the key goes with the endpoint
}

QString WorkloadPanel::connectedText() const {
    const Run* run = m_session->run();
    if (!run)
        return tr("Connected.");
    const qint64 ms = run->timings().totalMs >= 0 ? run->timings().totalMs : m_testClock.elapsed();
    QString model = run->model();
    if (model.isEmpty())
        model =
            run->type() == Run::Type::Embeddings ? run->embeddings().model : run->rerank().model;
    return tr("Connected: %1 answered in %2 ms.")
        .arg(model.isEmpty() ? tr("the server") : model)
        .arg(ms);
}

void WorkloadPanel::finishTest(bool ok, const QString& text) {
    const QString shown = redactSecrets(text);
    m_testResult->setText(shown);
    m_testResult->show();
    setIcon(m_testMark,
            verdictIcon(ok ? GuardVerdict::Level::Ok : GuardVerdict::Level::Block, false));
    m_testMark->setToolTip(shown);
    m_testMark->setAccessibleName(shown.section(u'\n', 0, 0));
    if (!ok)
        setExpanded(true); // the hint that goes with the error is worth the space
    refreshVerdict();
    emit statusMessage(shown.section(u'\n', 0, 0));
    emit testFinished(ok, shown);
}

} // namespace ik::ui
