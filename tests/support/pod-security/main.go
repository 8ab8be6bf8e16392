// Admits a pod the way the Pod Security admission plugin would in a namespace: the namespace's
// `pod-security.kubernetes.io/enforce` (and `-version`) labels, or the cluster's default level where it has none,
// then every check of k8s.io/pod-security-admission's policy package at that level (policy.DefaultChecks, the
// evaluator the admission plugin runs).
//
// stdin: {"namespaceLabels": {...}, "defaultLevel": "baseline", "pod": {...a v1 Pod...}}
// stdout: {"level": "baseline", "allowed": false, "forbidden": ["hostPath volumes (volumes \"pod-logs\", \"state\")"]}
package main

import (
	"encoding/json"
	"fmt"
	"os"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/pod-security-admission/api"
	"k8s.io/pod-security-admission/policy"
)

type input struct {
	NamespaceLabels map[string]string `json:"namespaceLabels"`
	DefaultLevel    string            `json:"defaultLevel"`
	Pod             corev1.Pod        `json:"pod"`
}

type output struct {
	Level     string   `json:"level"`
	Allowed   bool     `json:"allowed"`
	Forbidden []string `json:"forbidden"`
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
	level, err := api.ParseLevel(in.DefaultLevel)
	if err != nil {
		fail(err)
	}
	defaults := api.Policy{
		Enforce: api.LevelVersion{Level: level, Version: api.LatestVersion()},
		Audit:   api.LevelVersion{Level: level, Version: api.LatestVersion()},
		Warn:    api.LevelVersion{Level: level, Version: api.LatestVersion()},
	}
	effective, errs := api.PolicyToEvaluate(in.NamespaceLabels, defaults)
	if len(errs) > 0 {
		fail(errs.ToAggregate())
	}
	evaluator, err := policy.NewEvaluator(policy.DefaultChecks())
	if err != nil {
		fail(err)
	}
	result := policy.AggregateCheckResults(evaluator.EvaluatePod(effective.Enforce, &in.Pod.ObjectMeta, &in.Pod.Spec))
	forbidden := []string{}
	for i, reason := range result.ForbiddenReasons {
		forbidden = append(forbidden, fmt.Sprintf("%s (%s)", reason, result.ForbiddenDetails[i]))
	}
	if err := json.NewEncoder(os.Stdout).Encode(output{Level: string(effective.Enforce.Level), Allowed: result.Allowed, Forbidden: forbidden}); err != nil {
		fail(err)
	}
}
