package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestCompanyName(t *testing.T) {
	tests := []struct {
		security, want string
		ok             bool
	}{
		{"Snap Inc. Class A Common Stock", "Snap Inc.", true},
		{"Baidu, Inc. - American Depositary Shares, each representing 8 ordinary share", "Baidu, Inc.", true},
		{"Nokia Corporation Sponsored American Depositary Shares", "Nokia Corporation", true},
		{"Warner Bros. Discovery, Inc. - Series A Common Stock", "Warner Bros. Discovery, Inc.", true},
		{"Spotify Technology S.A. Ordinary Shares", "Spotify Technology S.A.", true},
		// Funds, blank-cheque companies, debt and warrants are no
		// company news names.
		{"Artius II Acquisition Inc. - Class A Ordinary Shares", "", false},
		{"Goldman Sachs Physical Gold ETF Shares", "", false},
		{"Ares Acquisition Corporation III Units, each consisting of one Class A ordinary share", "", false},
		{"Agilent Technologies Warrants", "", false},
	}
	for _, tt := range tests {
		got, ok := companyName(tt.security)
		if got != tt.want || ok != tt.ok {
			t.Errorf("companyName(%q) = %q, %v; want %q, %v", tt.security, got, ok, tt.want, tt.ok)
		}
	}
}

func TestReadListings(t *testing.T) {
	dir := t.TempDir()
	nasdaq := filepath.Join(dir, "nasdaq-listed.csv")
	other := filepath.Join(dir, "other-listed.csv")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(nasdaq, "Symbol,Security Name\n"+
		"RYAAY,\"Ryanair Holdings plc - American Depositary Shares, each representing five Ordinary Shares\"\n"+
		"AAAP,Pacer Barings CLO Market Flex ETF\n")
	write(other, "ACT Symbol,Company Name,Security Name,Exchange,CQS Symbol,ETF,Round Lot Size,Test Issue,NASDAQ Symbol\n"+
		"SPOT,Spotify Technology S.A. Ordinary Shares,Spotify Technology S.A. Ordinary Shares,N,SPOT,N,40.0,N,SPOT\n"+
		"ZZZ,Test Corp Common Stock,Test Corp Common Stock,N,ZZZ,N,100.0,Y,ZZZ\n"+
		"QQQ,Some Index Common Stock Fund,Some Index Common Stock Fund,P,QQQ,Y,100.0,N,QQQ\n")
	for path, want := range map[string][]string{
		nasdaq: {"Ryanair Holdings plc"},
		other:  {"Spotify Technology S.A."},
	} {
		got, err := readListings(path)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("readListings(%s) = %q, want %q", filepath.Base(path), got, want)
		}
	}
	bad := filepath.Join(dir, "bad.csv")
	write(bad, "Symbol,Name\nA,Agilent\n")
	if _, err := readListings(bad); err == nil {
		t.Errorf("readListings of a file without a Security Name column: no error")
	}
}
