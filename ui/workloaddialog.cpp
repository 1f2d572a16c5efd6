#include "workloaddialog.h"

#include "icons.h"
#include "keyfield.h"
#include "runsession.h"
#include "verdictview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ik::ui {

WorkloadDialog::WorkloadDialog(Mode mode, const Workload& workload, const CredentialGuard* guard,
                               bool hasStoredKey, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_original(workload), m_guard(guard),
      m_hasStoredKey(hasStoredKey && mode == Mode::Edit), m_name(new QLineEdit(this)),
      m_baseUrl(new QLineEdit(this)), m_project(new QLineEdit(this)), m_slug(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_key(new KeyField(this)), m_pasteNote(new QLabel(this)),
      m_verdict(new VerdictView(this)), m_preview(new QLabel(this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("workloadDialog"));
    setWindowTitle(mode == Mode::Add    ? tr("Add workload")
                   : mode == Mode::Edit ? tr("Edit workload")
                                        : tr("Duplicate workload"));
    setAccessibleName(windowTitle());
    nameFields();
    fillFields(workload);
    buildLayout();
    connectFields();
    revalidate();
    resize(minimumWidth(), layout()->totalHeightForWidth(minimumWidth()));
    (m_slug->text().isEmpty() && !m_project->text().isEmpty() ? m_slug : m_name)->setFocus();
}

void WorkloadDialog::nameFields() {
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_project->setObjectName(QStringLiteral("projectEdit"));
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_key->setObjectName(QStringLiteral("keyField"));
    m_pasteNote->setObjectName(QStringLiteral("pasteNote"));
    m_preview->setObjectName(QStringLiteral("endpointPreview"));
    m_problems->setObjectName(QStringLiteral("problems"));

    m_name->setAccessibleName(tr("Display name"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_project->setAccessibleName(tr("Project slug"));
    m_slug->setAccessibleName(tr("Workload slug"));
    m_kind->setAccessibleName(tr("Kind"));
    m_key->setAccessibleFieldName(tr("Key (ik_live_)"));
    m_name->setPlaceholderText(tr("e.g. Support bot (defaults to the slug)"));
    m_baseUrl->setPlaceholderText(QString::fromLatin1(kDefaultBaseUrl));
    m_project->setPlaceholderText(tr("e.g. acme"));
    m_slug->setPlaceholderText(tr("e.g. support-bot"));
    if (m_hasStoredKey)
        m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
}

void WorkloadDialog::fillFields(const Workload& workload) {
    m_kind->addItem(kindIcon(WorkloadKind::Chat), tr("Chat"), int(WorkloadKind::Chat));
    m_kind->addItem(kindIcon(WorkloadKind::Embedding), tr("Embedding"),
                    int(WorkloadKind::Embedding));
    m_kind->addItem(kindIcon(WorkloadKind::Rerank), tr("Rerank"), int(WorkloadKind::Rerank));
    m_name->setText(workload.name);
    m_baseUrl->setText(workload.baseUrl);
    m_project->setText(workload.project);
    m_slug->setText(workload.slug);
    m_kind->setCurrentIndex(m_kind->findData(int(workload.kind)));
    for (QLabel* l : {m_preview, m_problems, m_pasteNote}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_pasteNote->hide();
}

void WorkloadDialog::buildLayout() {
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Workload slug:"), m_slug);
    form->addRow(tr("K&ind:"), m_kind);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_pasteNote);
    form->addRow(QString(), m_verdict);
    form->addRow(tr("Endpoint:"), m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(m_mode == Mode::Edit ? tr("Save") : tr("Add"));
    ok->setAccessibleName(ok->text());
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    // Wide enough for the guard's reason and fix in a few lines, not a word a line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
}

void WorkloadDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    fitToContent();
}

void WorkloadDialog::fitToContent() {
    // A top-level window does not follow its labels' height for width by itself: grow to what
    // the text needs at the current width (the verdict's lines also hold a minimum of their own).
    if (!layout())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (height() < needed)
        resize(width(), needed);
}

void WorkloadDialog::connectFields() {
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_name, m_baseUrl, m_project, m_slug})
        connect(e, &QLineEdit::textChanged, this, &WorkloadDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkloadDialog::revalidate);
    connect(m_key, &KeyField::keyChanged, this, [this] {
        m_pasteNote->hide();
        revalidate();
    });
    connect(m_key, &KeyField::normalisedOnPaste, this, [this](const QStringList& changes) {
        if (changes.isEmpty())
            return;
        m_pasteNote->setText(
            tr("Pasted key cleaned up: %1.").arg(changes.join(QStringLiteral("; "))));
        m_pasteNote->show();
    });
    connect(m_verdict, &VerdictView::applyFix, this, [this](const QString& normalised) {
        const Verdict v = judgeKey(m_key->key());
        m_key->setKey(normalised);
        m_pasteNote->setText(tr("Key cleaned up: %1.").arg(v.changes.join(QStringLiteral("; "))));
        m_pasteNote->show();
    });
}

Workload WorkloadDialog::workload() const {
    Workload w = m_original;
    if (m_mode != Mode::Edit)
        w.id = newWorkloadId();
    w.sandbox = false;
    w.name = m_name->text().trimmed();
    w.baseUrl = m_baseUrl->text().trimmed();
    w.project = m_project->text().trimmed();
    w.slug = m_slug->text().trimmed();
    w.kind = WorkloadKind(m_kind->currentData().toInt());
    return w;
}

QString WorkloadDialog::key() const {
    return m_key->key();
}
void WorkloadDialog::setKey(const QString& key) {
    m_key->setKey(key);
}

void WorkloadDialog::revalidate() {
    Workload w = workload();
    // Trimming is the dialog's job only for the file; validation sees what was typed.
    w.baseUrl = m_baseUrl->text();
    w.project = m_project->text();
    w.slug = m_slug->text();
    const WorkloadCheck check = checkWorkload(w);
    QStringList lines;
    for (const auto& e : check.errors)
        lines.append(e.message);
    for (const auto& e : check.warnings)
        lines.append(e.message);
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    m_preview->setText(check.ok() ? check.endpoint : tr("(fix the fields above)"));

    auto mark = [&](QLineEdit* edit, const QString& field) {
        const QString e = check.errorFor(field);
        edit->setToolTip(e);
        edit->setAccessibleDescription(e);
        edit->setProperty("invalid", !e.isEmpty());
    };
    mark(m_name, QStringLiteral("name"));
    mark(m_baseUrl, QStringLiteral("baseUrl"));
    mark(m_project, QStringLiteral("project"));
    mark(m_slug, QStringLiteral("slug"));

    const QString key = m_key->key();
    // The window's guard (what it learned of servers) only once the fields name a workload.
    const GuardVerdict verdict = judgeSend(check.ok() ? m_guard : nullptr, w, key);
    const bool keepStored = key.isEmpty() && m_hasStoredKey;
    m_verdict->setVisible(!keepStored);
    m_verdict->setVerdict(verdict);
    // A key may be left out (added later); anything typed must be sendable to be saved.
    const bool keyOk = key.isEmpty() || verdict.key.sendable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(check.ok() && keyOk);
    if (isVisible())
        fitToContent();
}

} // namespace ik::ui
