package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// shareKind ends the security name of a company's shares in the symbol
// directories of the US exchanges ("Snap Inc. Class A Common Stock",
// "Baidu, Inc. - American Depositary Shares, each representing 8 ordinary
// share"); what comes before it names the company.
var shareKind = regexp.MustCompile(`(?i)(\s+-)?(\s+(class|series) [a-z])?(\s+(sponsored|new))?\s+(common stock|common shares|ordinary shares|american depositary shares|american depository shares|depositary shares)\b`)

// notAnOperator marks security names of funds, blank-cheque companies,
// trusts and debt, whose names are no company's that news names.
var notAnOperator = regexp.MustCompile(`(?i)\b(etf|etn|fund|funds|trust|acquisition|capital corp|bdc|warrants?|units?|rights?|preferred|notes|debentures|%)\b`)

// readListings returns the company names of the equity securities of a
// symbol directory file of the US exchanges, in the file's order: column
// "Security Name" of the NASDAQ file (nasdaq-listed.csv of the
// datasets/nasdaq-listings project) or of the file of the other exchanges
// (other-listed.csv of datasets/nyse-other-listings). A security is read
// when its name says it is a company's common or ordinary shares or its
// depositary shares, and not a fund's, a trust's or a blank-cheque
// company's; rows the file marks as an ETF or a test issue are skipped.
func readListings(path string) ([]string, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	reader := csv.NewReader(file)
	reader.FieldsPerRecord = -1
	records, err := reader.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(records) < 2 {
		return nil, fmt.Errorf("%s: no securities", path)
	}
	column := map[string]int{}
	for i, name := range records[0] {
		column[name] = i
	}
	security, ok := column["Security Name"]
	if !ok {
		return nil, fmt.Errorf("%s: no Security Name column", path)
	}
	flagged := func(record []string, name string) bool {
		i, ok := column[name]
		return ok && i < len(record) && record[i] == "Y"
	}
	var names []string
	for n, record := range records[1:] {
		if security >= len(record) {
			return nil, fmt.Errorf("%s:%d: no security name", path, n+2)
		}
		if flagged(record, "ETF") || flagged(record, "Test Issue") {
			continue
		}
		if name, ok := companyName(record[security]); ok {
			names = append(names, name)
		}
	}
	return names, nil
}

// companyName returns the company a security name is of, and whether the
// security is a company's shares.
func companyName(security string) (string, bool) {
	at := shareKind.FindStringIndex(security)
	if at == nil {
		return "", false
	}
	name, _, _ := strings.Cut(security[:at[0]], " - ")
	name = strings.TrimRight(strings.TrimSpace(name), ",")
	if name == "" || notAnOperator.MatchString(name) {
		return "", false
	}
	return strings.Join(strings.Fields(name), " "), true
}
