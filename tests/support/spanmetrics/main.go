// Runs contrib's span_metrics connector (the module the otelcol-k8s 0.158.0 image builds in) with a config the
// platform generates, on spans read from stdin, and prints each data point's metric name and attributes as JSON.
// The connector is created by its own factory with the feature gates at their defaults, as the collector does; the
// component's resource is empty, as the collector v0.158.0 hands it (service/service.go: service.name, .version,
// .instance.id, never collector.instance.id), so the connector takes a fresh random id as it does there.
//
// stdin: {"config": {...span_metrics config...}, "spans": [{"service": "productpage", "name": "GET /", "kind": 2}]}
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/open-telemetry/opentelemetry-collector-contrib/connector/spanmetricsconnector"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/pmetric"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

type input struct {
	Config map[string]any `json:"config"`
	Spans  []struct {
		Service string `json:"service"`
		Name    string `json:"name"`
		Kind    int32  `json:"kind"`
	} `json:"spans"`
}

type point struct {
	Metric     string         `json:"metric"`
	Attributes map[string]any `json:"attributes"`
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func main() {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fail(err)
	}
	factory := spanmetricsconnector.NewFactory()
	cfg := factory.CreateDefaultConfig()
	if err := confmap.NewFromStringMap(in.Config).Unmarshal(cfg); err != nil {
		fail(err)
	}
	sink := &consumertest.MetricsSink{}
	ctx := context.Background()
	conn, err := factory.CreateTracesToMetrics(ctx, connectortest.NewNopSettings(factory.Type()), cfg, sink)
	if err != nil {
		fail(err)
	}
	if err := conn.Start(ctx, componenttest.NewNopHost()); err != nil {
		fail(err)
	}
	traces := ptrace.NewTraces()
	end := time.Now()
	for _, s := range in.Spans {
		resource := traces.ResourceSpans().AppendEmpty()
		resource.Resource().Attributes().PutStr("service.name", s.Service)
		span := resource.ScopeSpans().AppendEmpty().Spans().AppendEmpty()
		span.SetName(s.Name)
		span.SetKind(ptrace.SpanKind(s.Kind))
		span.SetStartTimestamp(pcommon.NewTimestampFromTime(end.Add(-20 * time.Millisecond)))
		span.SetEndTimestamp(pcommon.NewTimestampFromTime(end))
	}
	if err := conn.ConsumeTraces(ctx, traces); err != nil {
		fail(err)
	}
	// the connector flushes on its metrics_flush_interval: wait (bounded) for the first flush
	for i := 0; i < 100 && sink.DataPointCount() == 0; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	if err := conn.Shutdown(ctx); err != nil {
		fail(err)
	}
	points := []point{}
	for _, metrics := range sink.AllMetrics() {
		for i := 0; i < metrics.ResourceMetrics().Len(); i++ {
			scopes := metrics.ResourceMetrics().At(i).ScopeMetrics()
			for j := 0; j < scopes.Len(); j++ {
				list := scopes.At(j).Metrics()
				for k := 0; k < list.Len(); k++ {
					metric := list.At(k)
					var attributes []pcommon.Map
					switch metric.Type() {
					case pmetric.MetricTypeSum:
						for p := 0; p < metric.Sum().DataPoints().Len(); p++ {
							attributes = append(attributes, metric.Sum().DataPoints().At(p).Attributes())
						}
					case pmetric.MetricTypeHistogram:
						for p := 0; p < metric.Histogram().DataPoints().Len(); p++ {
							attributes = append(attributes, metric.Histogram().DataPoints().At(p).Attributes())
						}
					}
					for _, a := range attributes {
						points = append(points, point{Metric: metric.Name(), Attributes: a.AsRaw()})
					}
				}
			}
		}
	}
	if err := json.NewEncoder(os.Stdout).Encode(points); err != nil {
		fail(err)
	}
}
