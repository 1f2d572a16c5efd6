#include "evalview.h"

#include "embeddingsview.h"
#include "evalexport.h"
#include "evalfilter.h"
#include "evalresultsmodel.h"
#include "evalrunner.h"
#include "evalstore.h"
#include "pricing.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace ik {

using namespace ik::eval;

namespace {

// A set's "project/slug" reference names the window's workload of that project and slug (the
// sandbox's carry an id of their own); an id or a name is matched first.
std::optional<Workload> findWorkload(const QString& ref, const QList<Workload>& workloads) {
    QString error;
    if (std::optional<Workload> w = resolveWorkload(ref, workloads, QString(), &error);
        w && workloads.contains(*w))
        return w;
    const QStringList parts = ref.split(u'/');
    if (parts.size() == 2)
        for (const Workload& w : workloads)
            if (w.project == parts[0] && w.slug == parts[1])
                return w;
    return std::nullopt;
}

QString duration(qint64 ms) {
    const qint64 s = (ms + 999) / 1000;
    return s < 60 ? EvalView::tr("%1 s").arg(s)
                  : EvalView::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace

EvalView::EvalView(const SessionServices* services, const QString& storePath, QWidget* parent)
    : QWidget(parent), m_services(services), m_store(std::make_unique<EvalStore>(storePath)),
      m_runner(std::make_unique<EvalRunner>(services, m_store.get())),
      m_results(new EvalResultsModel(this)), m_filter(new EvalFilterModel(this)) {
    setObjectName(u"evalView"_s);
    m_filter->setSourceModel(m_results);
    buildUi();
    connect(m_runner.get(), &EvalRunner::progressChanged, this, &EvalView::onProgress);
    connect(m_runner.get(), &EvalRunner::finished, this, &EvalView::onFinished);
    refreshTotals(); // its columns as wide as their (translated) titles before any run
    updateButtons();
}

EvalView::~EvalView() = default;

ui::ViewSpec EvalView::spec() {
    ui::ViewSpec s;
    s.id = u"eval"_s;
    s.title = tr("E&valuate");
    s.shortcut = QKeySequence(Qt::CTRL | Qt::Key_4);
    s.kinds = {};
    s.widget = this;
    return s;
}

void EvalView::setWorkloads(const QList<Workload>& workloads) {
    m_workloads = workloads;
    if (m_loaded)
        resolveWorkloads();
    updateButtons();
}

bool EvalView::openExample() {
    const QString path = EmbeddingsView::exampleFile(u"eval/support.json"_s);
    if (path.isEmpty()) {
        showProblems({tr("The example set was not found (looked under "
                         "share/ik-playground/examples and docs/examples): open a set file "
                         "instead.")},
                     {});
        return false;
    }
    return openSet(path);
}

bool EvalView::openSet(const QString& path) {
    if (m_runner->isRunning())
        return false;
    // The matrix belongs to the set it ran; another set starts from an empty one.
    m_results->setRun(nullptr, -1, EvalSet(), {});
    m_runNames.clear();
    m_runIds.clear();
    refreshTotals();
    m_progress->setValue(0);
    m_progressLine->clear();
    const LoadResult loaded = loadEvalSet(path);
    m_loaded = loaded.ok();
    m_setLabel->setText(QFileInfo(path).fileName());
    m_setLabel->setToolTip(path);
    if (!loaded.ok()) {
        QStringList errors;
        for (const Issue& i : loaded.errors)
            errors << i.text();
        m_set = EvalSet();
        m_templatesOk = false;
        m_missing.clear();
        m_workloadsLabel->clear();
        showProblems(errors, {});
        updateButtons();
        return false;
    }
    m_set = *loaded.set;
    const TemplateCheck check = checkTemplates(m_set);
    QStringList errors, warnings;
    for (const Issue& i : check.errors)
        errors << i.text();
    for (const Issue& i : check.warnings)
        warnings << i.text();
    m_templatesOk = check.ok();
    showProblems(errors, warnings);
    resolveWorkloads();
    updateButtons();
    return m_templatesOk;
}

void EvalView::resolveWorkloads() {
    m_resolved.clear();
    m_missing.clear();
    m_names.clear();
    m_deciders.clear();
    QStringList found;
    for (const WorkloadUse& use : std::as_const(m_set.workloads)) {
        if (std::optional<Workload> w = findWorkload(use.ref, m_workloads)) {
            m_resolved.append(*w);
            m_names.append(w->name.isEmpty() ? use.ref : w->name);
            found << tr("%1 (%2)").arg(use.ref, m_names.constLast());
        } else {
            m_missing << use.ref;
        }
    }
    QList<Assertion> all = m_set.assertions;
    for (const Row& r : std::as_const(m_set.rows))
        all += r.assertions;
    for (const Assertion& a : std::as_const(all)) {
        if (!needsNetwork(a.kind) || m_deciders.contains(a.workload) ||
            m_missing.contains(a.workload))
            continue;
        if (std::optional<Workload> w = findWorkload(a.workload, m_workloads))
            m_deciders.insert(a.workload, *w);
        else
            m_missing << a.workload;
    }
    QString text = tr("Runs against: %1").arg(found.isEmpty() ? tr("none") : found.join(u", "_s));
    if (!m_missing.isEmpty())
        text += u"<br><b>"_s +
                tr("Missing: %1. Add them in the Workloads panel (or start the sandbox) to run.")
                    .arg(m_missing.join(u", "_s).toHtmlEscaped()) +
                u"</b>"_s;
    m_workloadsLabel->setText(text);
}

void EvalView::showProblems(const QStringList& errors, const QStringList& warnings) {
    QStringList lines;
    for (const QString& e : errors)
        lines << tr("Error: %1").arg(e);
    for (const QString& w : warnings)
        lines << tr("Warning: %1").arg(w);
    if (lines.isEmpty() && m_loaded)
        lines << tr("No problems: every placeholder has a value in every row (%n row(s)).", "",
                    int(m_set.rows.size()));
    m_problems = lines.join(u'\n');
    m_problemsBox->setPlainText(m_problems);
}

QString EvalView::problems() const {
    return m_problems;
}

bool EvalView::canRun() const {
    return m_loaded && m_templatesOk && m_missing.isEmpty() && !m_resolved.isEmpty() &&
           !m_runner->isRunning();
}

void EvalView::run() {
    if (!canRun())
        return;
    m_runner->setDeciders(m_deciders);
    RunOptions options;
    QList<std::optional<TokenPrice>> prices;
    for (const Workload& w : std::as_const(m_resolved))
        prices.append(workloadPrice(w));
    if (!m_runner->start(m_set, m_resolved, options, prices)) {
        emit statusMessage(tr("The set cannot run: %1").arg(m_runner->error()));
        m_progressLine->setText(tr("The set cannot run: %1").arg(m_runner->error()));
        return;
    }
    m_runNames = m_names;
    m_runIds.clear();
    for (const Workload& w : std::as_const(m_resolved))
        m_runIds.append(w.id);
    m_results->setRun(m_store.get(), m_runner->runId(), m_set, m_runNames);
    onProgress(m_runner->progress());
    refreshTotals();
    updateButtons();
}

void EvalView::cancel() {
    m_runner->cancel();
}

void EvalView::onProgress(const Progress& p) {
    m_progress->setMaximum(std::max(1, p.total));
    m_progress->setValue(p.done);
    QString line = tr("%1 of %2 done, %3 failed").arg(p.done).arg(p.total).arg(p.failed);
    line += u" \u00b7 "_s + (p.etaMs < 0 ? tr("ETA unknown") : tr("ETA %1").arg(duration(p.etaMs)));
    line += u" \u00b7 "_s + tr("%1 cells/s").arg(p.throughput, 0, 'f', 1);
    line += u" \u00b7 "_s + tr("cost so far $%1").arg(p.cost, 0, 'f', 4);
    if (p.resumed > 0)
        line += u" \u00b7 "_s + tr("%n resumed", "", p.resumed);
    m_progressLine->setText(line);
    if (p.done % 10 == 0)
        refreshTotals();
}

void EvalView::onFinished(RunEnd end) {
    onProgress(m_runner->progress());
    refreshTotals();
    updateButtons();
    const Progress& p = m_runner->progress();
    QString text;
    switch (end) {
    case RunEnd::Done:
        text = tr("Run finished: %1 of %2 cells passed.").arg(p.passed).arg(p.total);
        break;
    case RunEnd::Cancelled:
        text = tr("Run cancelled after %1 of %2 cells; Run resumes it.").arg(p.done).arg(p.total);
        break;
    case RunEnd::TimedOut:
        text = tr("Run timed out after %1 of %2 cells; Run resumes it.").arg(p.done).arg(p.total);
        break;
    case RunEnd::Failed:
        text = tr("Run failed: %1").arg(m_runner->error());
        break;
    }
    m_progressLine->setText(m_progressLine->text() + u"\n"_s + text);
    emit statusMessage(text);
    emit runFinished();
}

void EvalView::refreshTotals() {
    const qint64 runId = m_results->runId();
    const QList<WorkloadTotals> totals =
        runId < 0 ? QList<WorkloadTotals>() : m_store->totals(runId, int(m_runNames.size()));
    m_totals->setRowCount(int(totals.size()));
    auto ms = [](qint64 v) { return v < 0 ? QString(u"\u2014"_s) : tr("%1 ms").arg(v); };
    for (int i = 0; i < totals.size(); ++i) {
        const WorkloadTotals& t = totals[i];
        const auto [low, high] = passRateInterval(t.passed, t.cells);
        const QStringList cells{
            m_runNames.value(i),
            tr("%1 of %2 (%3%)").arg(t.passed).arg(t.cells).arg(100 * t.passRate(), 0, 'f', 1),
            tr("%1–%2%").arg(100 * low, 0, 'f', 1).arg(100 * high, 0, 'f', 1),
            ms(t.p50Ms),
            ms(t.p90Ms),
            ms(t.p99Ms),
            u"$"_s + QString::number(t.cost, 'f', 4)};
        for (int c = 0; c < cells.size(); ++c)
            m_totals->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_totals->resizeColumnsToContents();
}

void EvalView::setFilter(Filter filter) {
    m_filterBox->setCurrentIndex(int(filter));
    m_filter->setShow(EvalFilterModel::Show(int(filter)));
}

void EvalView::openCell(const QModelIndex& shown) {
    const QModelIndex source = shown.model() == m_filter ? m_filter->mapToSource(shown) : shown;
    const int workload = source.column() - 1;
    if (!source.isValid() || workload < 0 || workload >= m_runIds.size() ||
        source.row() >= m_set.rows.size())
        return;
    const ChatRequest request =
        requestFor(m_set, m_set.rows[source.row()], m_set.workloads[workload]);
    QString system = request.system;
    QList<ChatMessage> turns;
    for (const ChatMessage& m : request.messages) {
        if (m.role == u"system"_s && turns.isEmpty())
            system = m.content;
        else
            turns.append(m);
    }
    const std::optional<CellResult> cell =
        m_store->result(m_results->runId(), source.row(), workload);
    if (cell && !cell->answer.isEmpty())
        turns.append(ChatMessage(u"assistant"_s, cell->answer));
    emit openInPlayground(m_runIds[workload], system, turns);
}

void EvalView::updateButtons() {
    const bool running = m_runner->isRunning();
    m_run->setEnabled(canRun());
    m_open->setEnabled(!running); // the matrix shows the running set's rows
    m_openExample->setEnabled(!running);
    m_cancel->setEnabled(running);
    const bool hasRun = m_results->runId() >= 0 && !running;
    for (QPushButton* b : m_exports)
        b->setEnabled(hasRun);
}

bool EvalView::exportTo(const QString& path, Export what, QString* error) const {
    const qint64 runId = m_results->runId();
    QSaveFile f(path);
    bool ok = runId >= 0 && f.open(QIODevice::WriteOnly);
    if (ok) {
        switch (what) {
        case Export::Csv:
            ok = writeCsv(*m_store, runId, m_set, m_runNames, &f);
            break;
        case Export::Json:
            ok = f.write(QJsonDocument(summaryJson(*m_store, runId, m_set, m_runNames)).toJson()) >=
                 0;
            break;
        case Export::JUnit:
            ok = writeJUnit(*m_store, runId, m_set, m_runNames, &f);
            break;
        }
        ok = ok && f.commit();
    }
    if (!ok && error)
        *error = runId < 0 ? tr("nothing has run yet") : f.errorString();
    return ok;
}

void EvalView::exportWith(Export what) {
    static const char* const names[] = {"eval-results.csv", "eval-summary.json", "eval-junit.xml"};
    const QString filter = what == Export::Csv    ? tr("CSV (*.csv)")
                           : what == Export::Json ? tr("JSON (*.json)")
                                                  : tr("JUnit XML (*.xml)");
    QPointer<EvalView> self(this);
    auto write = [self, what](const QString& path) {
        if (!self || path.isEmpty())
            return;
        QString error;
        if (self->exportTo(path, what, &error))
            emit self->statusMessage(tr("Exported to %1").arg(path));
        else
            emit self->statusMessage(tr("Export failed: %1").arg(error));
    };
    const QString name = QString::fromLatin1(names[int(what)]);
    if (m_saveFileHook) {
        m_saveFileHook(name, filter, write);
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Export the results"), name, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

void EvalView::chooseSet() {
    QPointer<EvalView> self(this);
    auto load = [self](const QString& path) {
        if (self && !path.isEmpty())
            self->openSet(path);
    };
    if (m_openFileHook) {
        m_openFileHook(load);
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Open an evaluation set"), QString(),
                                   tr("Evaluation sets (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, load);
    dialog->open();
}

} // namespace ik
