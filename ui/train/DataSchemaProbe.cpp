#include "train/DataSchemaProbe.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <memory>

#include "train/DataPanel.h"

namespace mtl::ui {

namespace {
constexpr int kSettleMs = 300;

QString describeData(const mtl::DataSpec& spec) {
    switch (spec.kind) {
        case mtl::DataSpec::Kind::Synthetic:
            return DataSchemaProbe::tr("synthetic data (d = %1)").arg(spec.synthetic.d);
        case mtl::DataSpec::Kind::Census:
            return DataSchemaProbe::tr("census-income group %1").arg(spec.census.group);
        case mtl::DataSpec::Kind::Csv:
            return QFileInfo(QString::fromStdString(spec.csvPath)).fileName();
        case mtl::DataSpec::Kind::Funnel:
            return DataSchemaProbe::tr("funnel data (d = %1)").arg(spec.funnel.d);
    }
    return {};
}
}  // namespace

DataSchemaProbe::DataSchemaProbe(DataPanel* panel, QObject* parent)
    : QObject(parent), panel_(panel), timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    timer_->setInterval(kSettleMs);
    connect(timer_, &QTimer::timeout, this, &DataSchemaProbe::update);
    connect(panel_, &DataPanel::specChanged, timer_, qOverload<>(&QTimer::start));
    update();
}

DataSchemaProbe::~DataSchemaProbe() {
    if (thread_) {
        thread_->disconnect(this);
        thread_->wait();
        delete thread_;
    }
}

bool DataSchemaProbe::isBusy() const { return thread_ != nullptr || timer_->isActive(); }

void DataSchemaProbe::update() {
    timer_->stop();
    ++generation_;
    const mtl::DataSpec spec = panel_->spec();
    const QString description = describeData(spec);
    if (!panel_->problem().isEmpty()) {
        pending_.reset();
        setSchema(std::nullopt, description);
        return;
    }
    if (auto known = mtl::schemaWithoutLoading(spec)) {
        pending_.reset();
        setSchema(known, description);
        return;
    }
    if (thread_) {
        pending_ = spec;
        return;
    }
    startLoad(spec);
}

void DataSchemaProbe::startLoad(const mtl::DataSpec& spec) {
    auto result = std::make_shared<std::optional<mtl::DataSchema>>();
    thread_ = QThread::create([spec, result] {
        try {
            *result = mtl::dataSchema(spec);
        } catch (const std::exception&) {  // the run will report it when it loads the data
        }
    });
    const int generation = generation_;
    const QString description = describeData(spec);
    connect(thread_, &QThread::finished, this, [this, result, generation, description] {
        thread_->deleteLater();
        thread_ = nullptr;
        if (pending_) {
            const mtl::DataSpec next = *pending_;
            pending_.reset();
            startLoad(next);
            return;
        }
        if (generation == generation_) setSchema(*result, description);
    });
    thread_->start(QThread::LowPriority);
}

void DataSchemaProbe::setSchema(const std::optional<mtl::DataSchema>& schema,
                                const QString& description) {
    auto sameTasks = [](const mtl::DataSchema& a, const mtl::DataSchema& b) {
        if (a.tasks.size() != b.tasks.size()) return false;
        for (size_t t = 0; t < a.tasks.size(); ++t)
            if (a.tasks[t].name != b.tasks[t].name || a.tasks[t].kind != b.tasks[t].kind)
                return false;
        return true;
    };
    const bool same =
        schema.has_value() == schema_.has_value() &&
        (!schema || (schema->sameFeatures(*schema_) && sameTasks(*schema, *schema_))) &&
        description == description_;
    schema_ = schema;
    description_ = description;
    if (!same) emit schemaChanged();
}

}  // namespace mtl::ui
