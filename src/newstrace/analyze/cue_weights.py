"""Weights of the learned cue model, written by ``bench/learn_cue_model.py``.

Logistic regression on PolNeAR train verbs; 4821 features of 8182 kept (|weight| >= 0.3).
"""

BIAS = -2.490

WEIGHTS = """
dep=ROOT 0.70 dep=acl 0.46 dep=acomp 0.51 dep=advcl 0.52 dep=advmod -0.32 dep=appos -0.84
dep=attr -0.89 dep=ccomp -1.16 dep=conj 0.42 dep=csubjpass -0.65 dep=dep 0.83 dep=nmod -0.72
dep=nsubj 0.86 dep=nsubjpass -0.62 dep=oprd -0.38 dep=parataxis 1.27 dep=pcomp -0.44 dep=pobj
-0.42 dep=punct -0.62 dep=relcl 0.66 dep=xcomp 0.41 has=agent 0.36 has=ccomp 0.71 has=prt -0.36
has=xcomp 0.67 head-dep=ROOT 0.71 head-dep=acl -0.39 head-dep=agent -0.78 head-dep=cc -0.44
head-dep=ccomp -1.01 head-dep=compound 0.33 head-dep=csubj -1.11 head-dep=dep -0.40
head-dep=dobj -0.43 head-dep=parataxis 0.94 head-dep=poss 0.92 head-dep=prep 0.49 head-dep=xcomp
-0.37 lemma=- 0.88 lemma=abandon -0.46 lemma=abide -0.61 lemma=abolish -0.42 lemma=accelerate
-0.82 lemma=access -0.44 lemma=accompany -0.78 lemma=accomplish -0.80 lemma=accord 1.01
lemma=account -0.57 lemma=accumulate -0.43 lemma=accuse 1.40 lemma=achieve -0.92
lemma=acknowledge 1.90 lemma=acquiesce 1.07 lemma=acquire -0.58 lemma=act -1.34 lemma=activate
-0.80 lemma=adapt -0.65 lemma=add 1.66 lemma=adjust -0.45 lemma=administer 0.53 lemma=admit 0.80
lemma=advance -0.35 lemma=advertise -0.45 lemma=advise -0.66 lemma=advocate 1.41 lemma=affect
-1.03 lemma=affiliate -0.51 lemma=affirm 0.69 lemma=age -0.41 lemma=agree 0.68 lemma=aid -0.50
lemma=aim 0.73 lemma=air -1.01 lemma=alarm 1.17 lemma=allege 1.40 lemma=allocate -0.38
lemma=allude 0.93 lemma=ally -0.48 lemma=alter -0.70 lemma=amass -0.73 lemma=amount -0.50
lemma=analyze -0.63 lemma=anger 1.24 lemma=animate -0.35 lemma=announce 2.18 lemma=answer 1.09
lemma=anticipate 0.47 lemma=appear 1.00 lemma=applaud 0.50 lemma=apply -0.86 lemma=approach
-1.07 lemma=approve 0.93 lemma=argue 2.08 lemma=arise 0.51 lemma=arm -0.66 lemma=arrange 0.36
lemma=arrest -0.84 lemma=arrive -1.20 lemma=articulate 1.44 lemma=ask 2.34 lemma=assail 1.99
lemma=assault -0.53 lemma=assemble -0.60 lemma=assert 1.68 lemma=assist -0.35 lemma=assume -0.35
lemma=assure 1.41 lemma=attach -0.33 lemma=attack 0.71 lemma=attempt 0.35 lemma=attend -1.26
lemma=attribute 0.55 lemma=author 1.15 lemma=average -0.56 lemma=avoid -0.43 lemma=back 0.53
lemma=backfire -0.42 lemma=bail -0.48 lemma=balance -0.45 lemma=balk 0.90 lemma=bank 1.25
lemma=barnstorm -0.78 lemma=base -0.71 lemma=bash 0.54 lemma=be -1.32 lemma=bear -0.99
lemma=beat -0.89 lemma=become -1.01 lemma=begin -1.13 lemma=believe 1.36 lemma=belittle 0.99
lemma=belong -0.38 lemma=bemoan 1.20 lemma=benefit -0.93 lemma=best -0.71 lemma=bid -0.73
lemma=billionaire -0.62 lemma=bind -1.00 lemma=blame 1.06 lemma=blare 0.81 lemma=blast 1.99
lemma=bless -0.75 lemma=block -0.49 lemma=blow -0.66 lemma=boast 1.44 lemma=bolster -0.61
lemma=bomb -0.44 lemma=boost -0.56 lemma=borrow -0.54 lemma=bother 0.32 lemma=bounce -0.57
lemma=bow -0.45 lemma=boycott 0.44 lemma=brag 1.76 lemma=break -0.91 lemma=brew -0.42
lemma=bring -0.67 lemma=broadcast 0.67 lemma=broaden -0.37 lemma=bruise -0.67 lemma=brush 0.62
lemma=buck -0.44 lemma=build -0.53 lemma=bully -0.46 lemma=buoy -0.63 lemma=burn -0.91
lemma=bury -0.61 lemma=buy -0.38 lemma=bypass -0.36 lemma=call 1.49 lemma=cancel -0.85 lemma=cap
-0.57 lemma=capitalize -0.57 lemma=capture -0.45 lemma=care 0.36 lemma=carve -0.32 lemma=catch
-0.48 lemma=cause -1.22 lemma=caution 1.48 lemma=celebrate 0.71 lemma=certify -0.31 lemma=chair
-0.67 lemma=challenge 0.48 lemma=champion 1.30 lemma=change -1.05 lemma=channel -0.47
lemma=chant 1.25 lemma=characterize 0.56 lemma=chat -0.43 lemma=cheat -0.58 lemma=check -0.42
lemma=chide 1.54 lemma=chime 0.62 lemma=chip -0.34 lemma=choke -0.30 lemma=choose -0.73
lemma=circulate 0.65 lemma=cite 1.37 lemma=claim 1.80 lemma=clarify 1.00 lemma=classify -0.93
lemma=clear -0.80 lemma=click -0.50 lemma=climb -0.67 lemma=clinch -0.85 lemma=close -0.89
lemma=co 0.43 lemma=coalesce -0.44 lemma=coin 0.46 lemma=collapse -0.88 lemma=collect -0.88
lemma=combat -0.47 lemma=combine -1.02 lemma=come -1.46 lemma=command -0.51 lemma=comment 0.82
lemma=communicate -0.53 lemma=compare 0.97 lemma=compensate -0.33 lemma=compete -0.86
lemma=complain 1.03 lemma=complete -0.71 lemma=complicate -0.59 lemma=comprise -0.33
lemma=concede 1.68 lemma=concern -0.58 lemma=conclude 1.28 lemma=condemn 1.44 lemma=conduct
-1.20 lemma=confirm 1.65 lemma=conflict -0.50 lemma=confront -0.75 lemma=congratulate 1.05
lemma=consider 1.49 lemma=constitute -0.34 lemma=consult -0.51 lemma=contact -0.40 lemma=contain
-0.53 lemma=contemplate 1.53 lemma=contend 0.54 lemma=continue 0.54 lemma=contradict 1.06
lemma=contribute -1.22 lemma=control -1.26 lemma=convert -0.72 lemma=convey 0.99 lemma=convince
0.67 lemma=cool -0.37 lemma=cooperate -0.42 lemma=coordinate -0.80 lemma=cost -0.88 lemma=count
-0.34 lemma=counter 1.00 lemma=crack 0.65 lemma=craft 0.35 lemma=crash -0.40 lemma=create -1.05
lemma=credit 1.00 lemma=crisscross -0.55 lemma=criticize 1.48 lemma=cross -1.07 lemma=crowd
-0.67 lemma=crown 0.76 lemma=crumble -0.41 lemma=crush -0.95 lemma=cry 1.90 lemma=curb -0.46
lemma=cut -0.63 lemma=damage -0.70 lemma=dampen -0.42 lemma=dance -0.51 lemma=deal -0.56
lemma=debate 0.79 lemma=decide 0.52 lemma=declare 1.86 lemma=decline 0.72 lemma=decrease -0.54
lemma=decry 2.37 lemma=dedicate 0.99 lemma=deem 1.91 lemma=deepen 0.37 lemma=defeat -0.78
lemma=defend 1.27 lemma=define 0.78 lemma=deflect 0.57 lemma=defy -0.30 lemma=delay -0.75
lemma=delete -0.89 lemma=demand 0.92 lemma=demonize 0.43 lemma=demonstrate 0.51 lemma=denounce
1.49 lemma=dent -0.46 lemma=deny 1.05 lemma=depart -0.87 lemma=depend -0.75 lemma=depict 1.41
lemma=deploy -0.83 lemma=deport -1.01 lemma=deprive -0.70 lemma=derail -0.40 lemma=deride 1.77
lemma=derive -0.41 lemma=describe 2.11 lemma=deserve -0.58 lemma=designate 0.49 lemma=destroy
-0.84 lemma=detail 0.98 lemma=detect -0.31 lemma=deter 0.35 lemma=determine 0.66 lemma=develop
-1.17 lemma=dial -0.42 lemma=die -1.63 lemma=dig -0.60 lemma=diminish -0.80 lemma=dip -0.47
lemma=direct 0.34 lemma=disappear -0.98 lemma=disappoint 1.08 lemma=disavow 0.79 lemma=disclose
1.15 lemma=discriminate -0.34 lemma=discuss 0.85 lemma=dislike 1.03 lemma=dismantle -0.58
lemma=dismiss 1.96 lemma=disparage 1.33 lemma=dispatch -0.77 lemma=dispel -0.42 lemma=dispute
1.35 lemma=disqualify -0.94 lemma=disrespect -0.39 lemma=disrupt -0.70 lemma=distance 0.40
lemma=distinguish 0.33 lemma=distract -0.32 lemma=divert -0.37 lemma=divorce -0.54 lemma=do
-1.65 lemma=document 2.20 lemma=dole -0.31 lemma=dominate -1.20 lemma=donate -0.91 lemma=doom
-0.55 lemma=double -0.45 lemma=doubt 1.10 lemma=downplay 0.57 lemma=drag -0.50 lemma=drink -0.67
lemma=drive -1.33 lemma=drop -0.76 lemma=drown -0.63 lemma=dub 1.39 lemma=dwell 0.93 lemma=earn
-1.04 lemma=ease -0.58 lemma=eat -1.10 lemma=echo 2.22 lemma=eclipse -0.66 lemma=edge -0.84
lemma=edit -0.89 lemma=educate -0.65 lemma=elaborate 1.78 lemma=elect -1.37 lemma=elevate -0.33
lemma=eliminate -0.76 lemma=email 0.49 lemma=embarrass 0.32 lemma=embed 0.44 lemma=embody -0.39
lemma=embrace 0.85 lemma=emerge -0.41 lemma=emphasize 1.66 lemma=employ -0.31 lemma=empower
-0.33 lemma=enable -0.74 lemma=encounter -0.64 lemma=encourage 0.77 lemma=end -0.67
lemma=endorse 1.60 lemma=energize -0.52 lemma=engage -0.53 lemma=engineer -0.41 lemma=enhance
-0.31 lemma=ensure -1.19 lemma=enter -1.15 lemma=entitle 0.41 lemma=envision 1.76 lemma=erode
-0.32 lemma=estimate 1.03 lemma=evolve -0.61 lemma=exaggerate -0.62 lemma=exceed -0.74
lemma=exchange -0.67 lemma=exist -0.91 lemma=exit -0.70 lemma=expect 1.68 lemma=experience 0.49
lemma=expire -0.65 lemma=explain 1.92 lemma=explode -0.49 lemma=exploit 0.34 lemma=explore 0.64
lemma=export -0.37 lemma=express 0.80 lemma=eye 0.92 lemma=face -1.48 lemma=facilitate -0.32
lemma=fade -0.68 lemma=fail -1.14 lemma=fall -1.26 lemma=falter -0.60 lemma=fan -0.62 lemma=fare
-0.85 lemma=fast -0.43 lemma=favor 0.94 lemma=fear 0.94 lemma=feed -0.61 lemma=feel 0.79
lemma=fight -0.41 lemma=figure 1.01 lemma=fill -0.73 lemma=film -0.48 lemma=finalize -0.69
lemma=finance -0.76 lemma=find 0.58 lemma=finish -1.39 lemma=fire 0.54 lemma=fit -0.57 lemma=fix
-0.73 lemma=flank -0.80 lemma=flee -0.96 lemma=fling 0.39 lemma=float 1.17 lemma=flood -0.66
lemma=flow -0.60 lemma=fly -1.06 lemma=force -1.10 lemma=forecast 1.98 lemma=forge -0.53
lemma=forget 0.61 lemma=forgive 0.77 lemma=forward 0.77 lemma=foster -0.46 lemma=found -1.28
lemma=fracke -0.60 lemma=free -0.82 lemma=freeze -0.52 lemma=fuel -0.48 lemma=fulfill -0.34
lemma=fund -1.20 lemma=fundraise -0.39 lemma=funnel -0.32 lemma=further -0.40 lemma=gain -0.81
lemma=galvanize -0.70 lemma=garner -0.90 lemma=gather -1.08 lemma=generate -0.40 lemma=get -1.64
lemma=give -0.80 lemma=go -1.23 lemma=grab -0.46 lemma=graduate -0.68 lemma=grasp -0.49
lemma=grind -0.40 lemma=grow -0.34 lemma=guard -0.61 lemma=gun -0.46 lemma=hack -0.96 lemma=hail
0.69 lemma=halt -0.52 lemma=hammer 0.49 lemma=hand -0.33 lemma=handle -0.83 lemma=happen -1.44
lemma=harass -0.35 lemma=harden -0.35 lemma=harm -0.56 lemma=have -1.20 lemma=head -1.30
lemma=headline 0.53 lemma=hear -0.44 lemma=hedge -0.45 lemma=heighten 0.32 lemma=help -1.07
lemma=hide -0.75 lemma=highlight 0.90 lemma=hint 1.34 lemma=hire -0.60 lemma=hit -0.61
lemma=hold -0.71 lemma=hone 0.79 lemma=honor -0.87 lemma=hop 1.15 lemma=hope 1.36 lemma=horrify
1.34 lemma=host -1.24 lemma=hover -0.64 lemma=huddle -0.58 lemma=hurt -1.08 lemma=identify 0.56
lemma=ignore 0.88 lemma=illustrate 0.62 lemma=imagine 0.91 lemma=impact -0.40 lemma=implement
-0.32 lemma=imply 0.98 lemma=import -0.49 lemma=impose 0.36 lemma=improve -1.18 lemma=incite
-0.49 lemma=include -1.06 lemma=increase -0.86 lemma=indicate 0.73 lemma=infect -0.33
lemma=infiltrate -0.42 lemma=influence -0.69 lemma=inform 0.60 lemma=inherit -0.56 lemma=inject
-0.44 lemma=injure -0.81 lemma=insist 1.65 lemma=inspire -1.14 lemma=instal -0.68 lemma=insult
0.53 lemma=integrate -0.31 lemma=intend 1.05 lemma=intensify -0.65 lemma=interject 1.61
lemma=interpret 1.40 lemma=interrupt -0.52 lemma=intervene -0.52 lemma=interview -1.04
lemma=introduce 0.62 lemma=invent -0.53 lemma=invest -0.87 lemma=investigate -0.57 lemma=invite
0.36 lemma=invoke 0.60 lemma=involve -1.15 lemma=isolate -0.42 lemma=join -1.39 lemma=joke 1.55
lemma=judge 0.85 lemma=justify 0.89 lemma=keep -0.38 lemma=kick -0.76 lemma=kill -1.55
lemma=know 1.35 lemma=label 2.04 lemma=lack -0.81 lemma=lag -0.66 lemma=lambast 2.00
lemma=lament 2.27 lemma=land -0.50 lemma=lash 0.37 lemma=last -0.80 lemma=lead -1.26 lemma=leak
-0.92 lemma=lean 0.50 lemma=learn 1.06 lemma=leave -0.91 lemma=lecture 1.44 lemma=let -1.03
lemma=leverage -0.44 lemma=license -0.38 lemma=lie -0.66 lemma=lift -0.41 lemma=like 1.08
lemma=liken 0.54 lemma=limit -0.36 lemma=list 1.48 lemma=listen -0.33 lemma=live -1.35
lemma=locate -0.44 lemma=log 0.58 lemma=look 0.71 lemma=loom -0.96 lemma=lose -1.82 lemma=lower
-0.65 lemma=lure -0.63 lemma=make -0.50 lemma=manage -0.88 lemma=mandate 1.26 lemma=manipulate
-0.33 lemma=manufacture -0.35 lemma=map -0.47 lemma=march -0.73 lemma=marry -0.83 lemma=mask
-0.37 lemma=match -1.03 lemma=matter -0.47 lemma=mean -0.32 lemma=measure 0.72 lemma=mention
1.96 lemma=mind 0.95 lemma=minimize 0.69 lemma=mire -0.42 lemma=mishandle -0.44 lemma=mislead
0.43 lemma=miss -1.05 lemma=mix 0.32 lemma=mock 1.22 lemma=motivate -0.59 lemma=mount 1.11
lemma=murder -0.55 lemma=mute -0.39 lemma=name 1.62 lemma=narrow -0.70 lemma=navigate -0.61
lemma=near -0.68 lemma=need -0.48 lemma=neighbor -0.33 lemma=net -0.71 lemma=nominate 0.71
lemma=note 2.94 lemma=notice 0.66 lemma=number -0.44 lemma=obscure -0.55 lemma=observe 2.43
lemma=obtain -1.12 lemma=occupy -0.80 lemma=occur -1.11 lemma=offer 1.03 lemma=offset -0.49
lemma=open -0.72 lemma=operate -0.32 lemma=oppose 1.39 lemma=order 1.26 lemma=organize -1.23
lemma=originate -0.61 lemma=oust -0.35 lemma=outline 1.11 lemma=outnumber -0.66 lemma=overcome
-0.55 lemma=oversee -0.98 lemma=overshadow -0.88 lemma=overstate 1.08 lemma=overtake -0.68
lemma=overthrow -0.33 lemma=overturn 0.51 lemma=owe -0.57 lemma=own -1.35 lemma=pack -0.79
lemma=paint 0.37 lemma=park -0.62 lemma=participate -0.78 lemma=pass 0.56 lemma=pay -1.62
lemma=peak -0.40 lemma=pen 0.59 lemma=pende -0.58 lemma=pepper -0.78 lemma=perform -0.40
lemma=perpetuate 0.63 lemma=persuade 1.15 lemma=pick -0.66 lemma=pile -0.34 lemma=pit -0.39
lemma=pivot 0.51 lemma=place 0.60 lemma=plague -0.45 lemma=plan 0.46 lemma=play -1.21
lemma=plead 1.15 lemma=please 0.67 lemma=pledge 0.72 lemma=plow -0.50 lemma=plummet -0.68
lemma=point 1.48 lemma=polarize 0.35 lemma=ponder 0.67 lemma=pop -0.36 lemma=portray 1.45
lemma=possess -0.35 lemma=post 1.01 lemma=postpone -0.59 lemma=pour -0.79 lemma=power -0.56
lemma=practice -0.80 lemma=praise 2.71 lemma=precede -0.60 lemma=predict 1.61 lemma=prefer 1.78
lemma=present 1.33 lemma=preserve -0.56 lemma=preside -0.68 lemma=press 1.22 lemma=pressure 0.36
lemma=presume 0.43 lemma=presumptive -0.50 lemma=prevail -0.94 lemma=prevent -0.72 lemma=price
-0.32 lemma=print -0.43 lemma=proclaim 1.74 lemma=produce -0.62 lemma=profess 1.42
lemma=prohibit 0.52 lemma=project 1.05 lemma=prolong -0.37 lemma=promise 1.82 lemma=promote 1.17
lemma=propel -0.56 lemma=propose 1.32 lemma=protect -1.14 lemma=protest 1.00 lemma=prove -0.40
lemma=provide 0.50 lemma=provoke -0.52 lemma=publicize 1.35 lemma=publish 0.40 lemma=pull -0.88
lemma=pump 1.69 lemma=punch -0.65 lemma=punish -0.88 lemma=purchase -0.31 lemma=purport 0.47
lemma=push 0.76 lemma=put 0.59 lemma=puzzle 1.31 lemma=qualify -0.47 lemma=quash 1.03
lemma=question 2.16 lemma=quit -0.76 lemma=quote 0.58 lemma=race -0.94 lemma=rack -0.31
lemma=radicalize -0.48 lemma=rail 1.22 lemma=ramp -0.43 lemma=rank -0.32 lemma=ratchet 0.64
lemma=ratify 1.09 lemma=rattle 1.44 lemma=ravage -0.51 lemma=reach -0.72 lemma=read 1.02
lemma=reaffirm 1.27 lemma=realize 0.85 lemma=reap -0.48 lemma=reassure 0.93 lemma=rebound -0.47
lemma=rebuff 1.48 lemma=rebuild -0.62 lemma=rebuke 1.36 lemma=rebut 1.33 lemma=recall 2.10
lemma=receive -0.57 lemma=recite 1.16 lemma=reclaim -0.56 lemma=recognize 0.60 lemma=recommend
1.13 lemma=reconsider 0.72 lemma=recount 0.85 lemma=recover -0.48 lemma=recruit -0.66
lemma=redact 0.46 lemma=redirect -0.64 lemma=reduce -0.59 lemma=refer 0.90 lemma=reference 0.85
lemma=reflect -1.00 lemma=reform -0.52 lemma=refuse 1.49 lemma=regard 0.69 lemma=register -1.01
lemma=regret 1.33 lemma=reign -0.44 lemma=rein -0.50 lemma=reinforce -0.50 lemma=reinstate 0.36
lemma=reiterate 1.14 lemma=reject 1.63 lemma=relate -0.59 lemma=relay -0.41 lemma=relish 1.82
lemma=relocate -0.54 lemma=remain -0.81 lemma=remark 1.31 lemma=remember 2.02 lemma=remind 1.54
lemma=remove -0.45 lemma=renew 0.97 lemma=renounce 0.70 lemma=renovate -0.96 lemma=rent -0.44
lemma=reopen -0.56 lemma=repair -0.32 lemma=repeal -0.52 lemma=repeat 2.04 lemma=replace -0.67
lemma=reply 1.54 lemma=report 1.32 lemma=represent -0.70 lemma=repudiate 1.10 lemma=request 0.73
lemma=resemble -0.48 lemma=resettle -0.32 lemma=reside -0.42 lemma=resign -0.67 lemma=resolve
-0.69 lemma=respond 1.12 lemma=restore -0.71 lemma=result -0.75 lemma=retain -0.71 lemma=rethink
0.85 lemma=retire -1.05 lemma=return -0.62 lemma=retweete 1.02 lemma=reveal 1.42
lemma=reverberate -0.49 lemma=revisit 0.35 lemma=revive -0.66 lemma=rewrite -0.36 lemma=ridicule
1.14 lemma=rig -0.76 lemma=ring 0.32 lemma=rip 0.33 lemma=rise -1.24 lemma=roar -0.73 lemma=rock
-0.42 lemma=roll -0.99 lemma=round -0.39 lemma=rouse 1.36 lemma=rub -0.60 lemma=ruin -0.38
lemma=rule 1.24 lemma=run -1.17 lemma=rush -0.66 lemma=savage 1.01 lemma=save -1.02 lemma=say
2.61 lemma=scar 1.43 lemma=scatter 0.81 lemma=schedule -1.04 lemma=schille -0.52 lemma=score
-0.94 lemma=scorn 1.12 lemma=screen -0.45 lemma=screw -0.45 lemma=seal -0.48 lemma=search -0.63
lemma=seat -0.60 lemma=secure -1.03 lemma=see 0.31 lemma=seek 1.01 lemma=seem 1.28 lemma=seize
0.40 lemma=select -0.62 lemma=sell -0.89 lemma=send -0.97 lemma=sense 0.30 lemma=separate -0.52
lemma=serve -1.19 lemma=set -0.44 lemma=settle -0.40 lemma=sew -0.81 lemma=shape -1.02
lemma=share 0.64 lemma=sharpen -0.81 lemma=shatter -0.62 lemma=shift -0.57 lemma=shout 1.16
lemma=show 1.36 lemma=showcase 0.33 lemma=shrink -0.59 lemma=shrug 0.46 lemma=shy 0.56
lemma=side 0.56 lemma=sign 0.76 lemma=signal 1.39 lemma=sing 0.94 lemma=single 0.70 lemma=sit
-0.96 lemma=skew -0.31 lemma=skip -0.61 lemma=slam 1.30 lemma=slash 0.41 lemma=slat -0.72
lemma=slip -0.97 lemma=slow -0.68 lemma=smile -0.41 lemma=soar -0.66 lemma=soften -0.34
lemma=solidify -0.71 lemma=solve -0.69 lemma=sound 0.65 lemma=spar 0.85 lemma=speak -0.48
lemma=speculate 1.54 lemma=spend -1.35 lemma=spill -0.38 lemma=spin -0.34 lemma=split -0.36
lemma=spot 0.39 lemma=sprawl -0.31 lemma=spread -0.55 lemma=spur -0.39 lemma=squeeze -0.57
lemma=stack -0.61 lemma=stall -0.73 lemma=stand -1.05 lemma=star -0.99 lemma=start -1.46
lemma=state 1.80 lemma=stay -1.31 lemma=steal -0.71 lemma=steer -0.76 lemma=stick -0.39
lemma=stifle 0.58 lemma=stop -0.33 lemma=strengthen -0.80 lemma=stress 1.83 lemma=stretch -0.59
lemma=strike -0.37 lemma=strip -0.33 lemma=strive 1.37 lemma=study -0.76 lemma=subject -0.38
lemma=subscribe -0.31 lemma=succeed -1.09 lemma=suck -0.61 lemma=suffer -0.98 lemma=suggest 1.91
lemma=suit -0.42 lemma=sum 0.57 lemma=summon -0.39 lemma=supply -0.60 lemma=support 1.23
lemma=suppose -1.05 lemma=surface 1.03 lemma=surge -0.90 lemma=surpass -0.57 lemma=surround
-0.81 lemma=survey -1.04 lemma=survive -1.28 lemma=suspect 1.00 lemma=suspend -0.69
lemma=sustain -0.49 lemma=swallow -0.43 lemma=sway -0.37 lemma=swear 0.87 lemma=sweep -0.88
lemma=tackle -0.60 lemma=take -0.41 lemma=talk 0.96 lemma=tally -0.36 lemma=tamp 0.43 lemma=tap
-1.02 lemma=target -0.35 lemma=tarnish 0.33 lemma=task -0.35 lemma=taunt 0.64 lemma=tax -0.72
lemma=teach -0.52 lemma=team -0.53 lemma=tear -0.55 lemma=televise -0.51 lemma=tell 1.48
lemma=terminate -0.53 lemma=test -0.92 lemma=think 0.93 lemma=threaten 0.92 lemma=thrill 1.39
lemma=thrive -0.70 lemma=thrust -0.39 lemma=thwart -0.55 lemma=tie -0.34 lemma=tighten -0.64
lemma=tilt -0.39 lemma=title 1.68 lemma=tolerate 0.60 lemma=tone 0.52 lemma=top -0.73
lemma=total -0.44 lemma=tout 2.16 lemma=track 0.88 lemma=trade 0.33 lemma=trail -1.05
lemma=train -0.88 lemma=transfer -0.39 lemma=transform -0.78 lemma=translate -0.75 lemma=trash
0.47 lemma=travel -1.07 lemma=treat -0.86 lemma=trend 1.16 lemma=trigger -0.57 lemma=trouble
0.87 lemma=trounce -0.73 lemma=trump -1.23 lemma=trumpet 1.34 lemma=try -0.56 lemma=turn -0.69
lemma=tweet 2.15 lemma=undercut -0.49 lemma=undergo -0.44 lemma=undermine -0.99 lemma=underscore
0.69 lemma=unfold -0.91 lemma=unify -0.79 lemma=unite -0.31 lemma=unravel -0.63 lemma=update
-1.06 lemma=upend -0.70 lemma=upgrade -0.53 lemma=uphold -0.34 lemma=upset 0.40 lemma=urge 1.53
lemma=use -1.11 lemma=usher -0.46 lemma=utilize 0.51 lemma=utter 1.46 lemma=value -0.51
lemma=vary -0.58 lemma=vet -1.05 lemma=veto 0.74 lemma=victimize -0.42 lemma=view 0.66
lemma=violate -0.96 lemma=visit -1.11 lemma=voice 0.77 lemma=volunteer -0.37 lemma=vote -0.78
lemma=vouch 1.15 lemma=vow 2.02 lemma=wag -0.33 lemma=wait -0.81 lemma=walk -0.56 lemma=wan
-0.50 lemma=want 0.64 lemma=warn 2.68 lemma=warrant 1.34 lemma=waste -0.78 lemma=watch -0.62
lemma=weaken -0.42 lemma=wear -1.28 lemma=weigh -0.58 lemma=welcome 0.51 lemma=widen -0.83
lemma=wield 0.49 lemma=win -2.69 lemma=wind -0.38 lemma=wipe -0.47 lemma=withdraw 0.57
lemma=wither 0.77 lemma=withhold 0.58 lemma=witness 1.04 lemma=wonder 1.20 lemma=word 1.16
lemma=work -2.01 lemma=worry 1.59 lemma=wound -0.70 lemma=wrest -0.42 lemma=write 2.37
lemma=yank -0.42 lemma=yell 1.66 lemma=zero 0.39 lemma=― -1.40 lemma=’ -0.84 lemma=’re -0.36
lemma=’s -1.66 lemma|dep=-|xcomp -0.48 lemma|dep=abandon|xcomp 0.49 lemma|dep=accelerate|ROOT
-0.40 lemma|dep=accept|acl 0.47 lemma|dep=accept|advcl 0.89 lemma|dep=accept|conj -0.74
lemma|dep=accept|relcl -0.33 lemma|dep=accept|xcomp -0.38 lemma|dep=accord|prep 1.34
lemma|dep=accuse|ROOT 0.44 lemma|dep=accuse|acl -0.70 lemma|dep=accuse|advcl 0.77
lemma|dep=accuse|conj 0.46 lemma|dep=accuse|pcomp -0.95 lemma|dep=accuse|relcl -0.86
lemma|dep=acknowledge|ROOT 0.51 lemma|dep=acknowledge|advcl 0.72 lemma|dep=acquiesce|ROOT 1.07
lemma|dep=act|ROOT -0.49 lemma|dep=address|ROOT -0.37 lemma|dep=address|advcl 0.37
lemma|dep=address|pcomp -0.88 lemma|dep=address|relcl -0.32 lemma|dep=address|xcomp 1.00
lemma|dep=add|advcl 0.96 lemma|dep=add|amod -0.98 lemma|dep=add|ccomp 0.98
lemma|dep=add|parataxis 0.75 lemma|dep=add|pcomp 0.64 lemma|dep=add|xcomp -0.68
lemma|dep=admit|ROOT 0.96 lemma|dep=admit|acl -0.71 lemma|dep=admit|ccomp 0.47
lemma|dep=admit|xcomp 0.48 lemma|dep=advise|ROOT -1.17 lemma|dep=advise|advcl 0.85
lemma|dep=advise|ccomp -0.36 lemma|dep=advise|relcl -0.35 lemma|dep=advocate|conj -0.52
lemma|dep=advocate|relcl -0.38 lemma|dep=advocate|xcomp 0.98 lemma|dep=affect|acl -0.30
lemma|dep=afford|ROOT -0.49 lemma|dep=agree|ROOT 0.50 lemma|dep=agree|relcl -0.32
lemma|dep=aim|ROOT 0.36 lemma|dep=aim|acl 0.93 lemma|dep=alienate|xcomp -0.43
lemma|dep=align|acl -0.58 lemma|dep=align|relcl 0.63 lemma|dep=allege|ROOT 0.60
lemma|dep=allege|amod -0.48 lemma|dep=allow|acl 0.48 lemma|dep=allow|conj -0.34
lemma|dep=allow|pcomp -0.76 lemma|dep=allow|xcomp 0.40 lemma|dep=allude|advcl 0.73
lemma|dep=anger|ROOT 1.24 lemma|dep=announce|ROOT 0.32 lemma|dep=announce|acl 0.71
lemma|dep=announce|conj -0.43 lemma|dep=announce|pcomp 0.39 lemma|dep=announce|relcl 0.40
lemma|dep=announce|xcomp -0.33 lemma|dep=answer|advcl 0.60 lemma|dep=answer|ccomp -0.68
lemma|dep=answer|pcomp 0.61 lemma|dep=answer|relcl -0.71 lemma|dep=answer|xcomp 0.32
lemma|dep=apologize|ROOT -0.40 lemma|dep=apologize|ccomp 0.73 lemma|dep=appear|ROOT 0.67
lemma|dep=appear|ccomp 0.32 lemma|dep=appear|conj 0.64 lemma|dep=appear|pcomp -0.52
lemma|dep=appear|relcl 0.66 lemma|dep=appear|xcomp -0.51 lemma|dep=applaud|advcl 0.38
lemma|dep=apply|ROOT -0.34 lemma|dep=appoint|ROOT 1.21 lemma|dep=appoint|ccomp 0.70
lemma|dep=appreciate|ccomp -0.32 lemma|dep=approve|ROOT 0.72 lemma|dep=argue|ROOT 0.66
lemma|dep=argue|advcl 1.00 lemma|dep=argue|conj 0.59 lemma|dep=argue|pcomp 0.65
lemma|dep=argue|relcl -0.34 lemma|dep=argue|xcomp -0.30 lemma|dep=arrive|ROOT -0.51
lemma|dep=arrive|advcl -0.40 lemma|dep=ask|ROOT 0.77 lemma|dep=ask|advcl 0.75
lemma|dep=ask|pcomp 0.81 lemma|dep=ask|relcl 0.59 lemma|dep=assert|ROOT 0.30
lemma|dep=assign|relcl -0.33 lemma|dep=associate|acl 0.38 lemma|dep=assume|ROOT 0.50
lemma|dep=assure|xcomp -0.77 lemma|dep=attack|acl 0.76 lemma|dep=attack|conj 0.39
lemma|dep=attempt|ROOT 0.73 lemma|dep=attempt|conj -0.58 lemma|dep=attempt|pcomp 0.49
lemma|dep=attend|ROOT -0.38 lemma|dep=attend|relcl -0.33 lemma|dep=attract|ROOT -0.56
lemma|dep=attract|advcl 0.44 lemma|dep=attract|conj -0.39 lemma|dep=attract|xcomp -0.40
lemma|dep=avoid|advcl 0.32 lemma|dep=avoid|xcomp -0.59 lemma|dep=award|ROOT -0.51
lemma|dep=back|ROOT 0.70 lemma|dep=back|acl 0.73 lemma|dep=back|ccomp -0.38 lemma|dep=back|conj
-0.73 lemma|dep=back|pcomp 0.61 lemma|dep=ban|advcl -0.44 lemma|dep=ban|pcomp -0.42
lemma|dep=ban|xcomp -0.53 lemma|dep=bar|acl -0.46 lemma|dep=base|ROOT -0.79 lemma|dep=base|acl
-0.65 lemma|dep=base|prep 1.37 lemma|dep=battle|advcl -0.71 lemma|dep=beam|ROOT 0.35
lemma|dep=bear|ROOT -0.56 lemma|dep=bear|acl 0.33 lemma|dep=bear|amod -0.49 lemma|dep=bear|relcl
0.67 lemma|dep=beat|ROOT -0.65 lemma|dep=beat|xcomp 0.75 lemma|dep=become|ROOT -0.63
lemma|dep=become|pcomp -0.53 lemma|dep=become|xcomp 0.57 lemma|dep=begin|ROOT -0.44
lemma|dep=begin|advcl -0.45 lemma|dep=begin|ccomp -0.64 lemma|dep=begin|conj 0.68
lemma|dep=begin|xcomp 0.39 lemma|dep=believe|ROOT 0.41 lemma|dep=believe|ccomp -1.04
lemma|dep=believe|parataxis 0.95 lemma|dep=believe|pcomp -1.01 lemma|dep=bemoan|ROOT 1.20
lemma|dep=benefit|ROOT -0.54 lemma|dep=be|ccomp -1.04 lemma|dep=blame|ccomp -0.55
lemma|dep=blame|xcomp -1.10 lemma|dep=block|ROOT 0.45 lemma|dep=block|acl 0.57
lemma|dep=block|advcl -0.32 lemma|dep=block|pcomp -0.44 lemma|dep=block|relcl -0.33
lemma|dep=boast|ROOT -0.43 lemma|dep=boost|xcomp 0.79 lemma|dep=boo|ROOT 0.35
lemma|dep=boo|advcl 0.47 lemma|dep=bother|ROOT -0.79 lemma|dep=break|ROOT -0.55
lemma|dep=break|advcl -0.36 lemma|dep=break|amod -0.32 lemma|dep=break|conj 1.41
lemma|dep=break|pcomp -0.30 lemma|dep=break|xcomp -0.52 lemma|dep=bring|ROOT -0.49
lemma|dep=bring|acl -0.50 lemma|dep=bring|relcl 0.65 lemma|dep=broker|acl 0.61
lemma|dep=build|ROOT -0.37 lemma|dep=build|acl 0.39 lemma|dep=build|amod 0.87
lemma|dep=build|conj 0.50 lemma|dep=build|relcl -0.58 lemma|dep=build|xcomp -0.64
lemma|dep=buy|ROOT 0.33 lemma|dep=buy|conj 0.68 lemma|dep=buy|pcomp -0.32 lemma|dep=buy|relcl
-0.35 lemma|dep=buy|xcomp -0.32 lemma|dep=calculate|ROOT 0.52 lemma|dep=call|ROOT 0.72
lemma|dep=call|advcl 1.00 lemma|dep=call|ccomp 0.52 lemma|dep=call|conj 0.85
lemma|dep=call|pcomp 0.44 lemma|dep=campaign|ROOT 0.71 lemma|dep=campaign|acl -0.33
lemma|dep=campaign|advcl 0.39 lemma|dep=campaign|ccomp -0.37 lemma|dep=campaign|pcomp -0.46
lemma|dep=campaign|xcomp -0.86 lemma|dep=capture|acl 0.66 lemma|dep=capture|advcl -0.32
lemma|dep=cap|ROOT -0.46 lemma|dep=care|ROOT -0.31 lemma|dep=carry|ROOT -1.01
lemma|dep=carry|acl 0.69 lemma|dep=carry|conj 0.91 lemma|dep=cast|acl -0.92 lemma|dep=cast|advcl
-0.96 lemma|dep=cast|conj 0.46 lemma|dep=cast|relcl -0.33 lemma|dep=catch|ROOT 0.67
lemma|dep=catch|advcl -0.44 lemma|dep=caucus|advcl 0.57 lemma|dep=caution|ROOT 0.59
lemma|dep=celebrate|ROOT -0.88 lemma|dep=celebrate|conj 1.46 lemma|dep=celebrate|relcl 0.63
lemma|dep=challenge|ROOT 0.64 lemma|dep=challenge|acl -0.51 lemma|dep=challenge|advcl 0.52
lemma|dep=challenge|ccomp 0.64 lemma|dep=challenge|relcl -0.70 lemma|dep=champion|ROOT -0.77
lemma|dep=change|ROOT -0.51 lemma|dep=change|acl 0.69 lemma|dep=change|advcl -0.30
lemma|dep=change|ccomp -0.37 lemma|dep=change|conj -0.45 lemma|dep=change|relcl 0.66
lemma|dep=change|xcomp -0.41 lemma|dep=charge|ROOT 0.44 lemma|dep=charge|advcl 0.81
lemma|dep=charge|amod -0.31 lemma|dep=charge|relcl -0.39 lemma|dep=charge|xcomp -0.50
lemma|dep=check|ROOT -0.60 lemma|dep=cheer|ROOT 0.81 lemma|dep=cheer|advcl -0.42
lemma|dep=choose|acl -0.33 lemma|dep=choose|advcl -0.45 lemma|dep=choose|pcomp -0.33
lemma|dep=choose|xcomp 0.46 lemma|dep=cite|ROOT 0.80 lemma|dep=cite|advcl 0.68
lemma|dep=cite|relcl -1.33 lemma|dep=claim|ROOT 0.81 lemma|dep=claim|ccomp 0.66
lemma|dep=claim|conj 0.44 lemma|dep=claim|xcomp 0.80 lemma|dep=clear|ROOT -0.44
lemma|dep=close|advcl -0.73 lemma|dep=close|conj 0.84 lemma|dep=collapse|ROOT -0.39
lemma|dep=collect|ROOT -0.31 lemma|dep=combine|ROOT -0.35 lemma|dep=come|ROOT -0.46
lemma|dep=come|acl 0.85 lemma|dep=come|advcl -0.75 lemma|dep=come|ccomp -0.91
lemma|dep=command|relcl -0.37 lemma|dep=comment|ccomp 0.82 lemma|dep=comment|xcomp -0.87
lemma|dep=commit|ROOT -0.54 lemma|dep=commit|acomp -0.31 lemma|dep=commit|advcl -0.46
lemma|dep=commit|ccomp -0.32 lemma|dep=commit|pcomp 0.54 lemma|dep=commit|relcl 1.00
lemma|dep=compare|ROOT 0.34 lemma|dep=compare|prep -1.29 lemma|dep=compete|ROOT -0.31
lemma|dep=compile|acl 0.35 lemma|dep=complain|ROOT 1.44 lemma|dep=complete|advcl -0.47
lemma|dep=complicate|ROOT -0.34 lemma|dep=compromise|xcomp -0.43 lemma|dep=concern|acl 0.53
lemma|dep=concern|advcl -0.36 lemma|dep=conclude|ROOT 1.34 lemma|dep=conclude|advcl -0.47
lemma|dep=conclude|ccomp 0.47 lemma|dep=conclude|relcl -0.47 lemma|dep=condemn|ROOT 1.07
lemma|dep=condemn|acl 1.39 lemma|dep=condemn|advcl 0.54 lemma|dep=condemn|xcomp -0.39
lemma|dep=conduct|acl -0.40 lemma|dep=conduct|relcl -0.35 lemma|dep=confirm|ROOT 0.49
lemma|dep=confirm|xcomp 0.35 lemma|dep=congratulate|ROOT 0.42 lemma|dep=connect|acl 0.42
lemma|dep=connect|relcl -0.36 lemma|dep=consider|acl -0.33 lemma|dep=consider|conj 0.91
lemma|dep=consider|pcomp -0.83 lemma|dep=contain|acl -0.47 lemma|dep=contend|ROOT 0.74
lemma|dep=contest|amod -0.34 lemma|dep=continue|acl -0.66 lemma|dep=continue|advcl -0.50
lemma|dep=continue|ccomp 0.94 lemma|dep=continue|conj 1.21 lemma|dep=continue|pcomp -0.71
lemma|dep=continue|relcl -0.38 lemma|dep=contribute|ROOT -0.96 lemma|dep=control|ROOT -0.40
lemma|dep=convey|xcomp 1.17 lemma|dep=convict|acl -0.51 lemma|dep=convince|advcl 0.58
lemma|dep=convince|xcomp -0.97 lemma|dep=cost|ROOT -0.41 lemma|dep=counter|xcomp 0.37
lemma|dep=count|relcl -0.40 lemma|dep=cover|acl -0.71 lemma|dep=cover|advcl 0.57
lemma|dep=cover|conj 0.47 lemma|dep=cover|xcomp -0.30 lemma|dep=create|advcl -0.39
lemma|dep=create|conj 0.32 lemma|dep=create|relcl 0.33 lemma|dep=create|xcomp -0.34
lemma|dep=credit|ROOT 0.53 lemma|dep=criticize|ROOT 1.11 lemma|dep=criticize|conj 0.42
lemma|dep=criticize|pcomp 0.33 lemma|dep=crush|ROOT -0.39 lemma|dep=cut|conj 0.36
lemma|dep=cut|pcomp 0.67 lemma|dep=cut|xcomp -0.59 lemma|dep=dance|conj -0.39
lemma|dep=date|ROOT -0.49 lemma|dep=date|acl 0.68 lemma|dep=deal|ROOT -0.66 lemma|dep=deal|ccomp
1.00 lemma|dep=debate|ROOT 0.76 lemma|dep=debate|advcl 0.35 lemma|dep=debate|xcomp -0.68
lemma|dep=decide|ROOT -0.35 lemma|dep=decide|advcl 0.44 lemma|dep=decide|ccomp 0.36
lemma|dep=decide|pcomp 1.51 lemma|dep=decide|relcl -1.36 lemma|dep=declare|ROOT 0.57
lemma|dep=declare|acl -0.79 lemma|dep=declare|advcl 0.65 lemma|dep=declare|ccomp 0.62
lemma|dep=declare|pcomp 0.82 lemma|dep=declare|relcl 0.37 lemma|dep=decline|ROOT 0.72
lemma|dep=decline|conj 1.06 lemma|dep=decline|relcl -0.56 lemma|dep=decry|ROOT 0.48
lemma|dep=deem|ROOT 0.74 lemma|dep=deem|acl 0.43 lemma|dep=defeat|advcl -0.36
lemma|dep=defend|ROOT 0.55 lemma|dep=defend|pcomp -0.39 lemma|dep=defend|xcomp -0.50
lemma|dep=define|amod -0.37 lemma|dep=define|xcomp 1.07 lemma|dep=deliver|ROOT -0.37
lemma|dep=deliver|acl 0.90 lemma|dep=deliver|ccomp 0.54 lemma|dep=deliver|pcomp -0.48
lemma|dep=deliver|relcl -0.35 lemma|dep=demand|ROOT 0.79 lemma|dep=demand|advcl 0.66
lemma|dep=demand|ccomp -0.67 lemma|dep=demand|relcl -1.27 lemma|dep=demonstrate|ROOT 0.52
lemma|dep=demonstrate|advcl -0.59 lemma|dep=demonstrate|ccomp -0.58 lemma|dep=demonstrate|conj
-0.44 lemma|dep=demonstrate|xcomp 0.76 lemma|dep=denounce|ROOT 0.82 lemma|dep=denounce|acl 0.60
lemma|dep=deny|ROOT 0.80 lemma|dep=deny|conj 0.60 lemma|dep=deny|pcomp -0.77
lemma|dep=deny|relcl 1.14 lemma|dep=deny|xcomp -0.54 lemma|dep=deploy|ROOT -0.39
lemma|dep=deport|ROOT -0.43 lemma|dep=describe|ROOT 0.58 lemma|dep=describe|acl 0.36
lemma|dep=describe|advcl 0.39 lemma|dep=describe|amod 0.64 lemma|dep=describe|ccomp -1.05
lemma|dep=describe|conj 0.52 lemma|dep=describe|pcomp 0.70 lemma|dep=design|ROOT -0.69
lemma|dep=determine|ROOT 0.37 lemma|dep=determine|acl 0.62 lemma|dep=determine|ccomp -0.42
lemma|dep=determine|conj 0.35 lemma|dep=determine|pcomp 0.49 lemma|dep=determine|relcl -0.82
lemma|dep=determine|xcomp -0.41 lemma|dep=develop|ROOT -0.34 lemma|dep=devote|relcl -0.49
lemma|dep=die|ROOT -0.71 lemma|dep=die|advcl -0.43 lemma|dep=die|relcl -0.31
lemma|dep=differ|ROOT 0.58 lemma|dep=direct|acl -0.45 lemma|dep=disagree|ROOT -0.31
lemma|dep=disappear|ROOT -0.57 lemma|dep=discover|advcl 0.61 lemma|dep=discuss|ROOT 0.98
lemma|dep=discuss|advcl 0.87 lemma|dep=discuss|ccomp -0.56 lemma|dep=dismiss|conj 0.64
lemma|dep=dismiss|pcomp 0.50 lemma|dep=dispute|amod -0.43 lemma|dep=divide|acl -0.33
lemma|dep=divide|acomp 0.36 lemma|dep=divide|ccomp 0.76 lemma|dep=dominate|ROOT -0.44
lemma|dep=donate|ROOT -0.40 lemma|dep=double|ROOT 0.53 lemma|dep=do|ROOT -0.59
lemma|dep=do|advcl -0.46 lemma|dep=do|pcomp -0.35 lemma|dep=do|relcl -0.39 lemma|dep=draw|acl
0.99 lemma|dep=draw|advcl -0.39 lemma|dep=draw|conj -0.48 lemma|dep=draw|pcomp -0.55
lemma|dep=drive|advcl -0.36 lemma|dep=earn|advcl -0.47 lemma|dep=echo|ROOT -0.81
lemma|dep=echo|advcl 0.30 lemma|dep=elect|ROOT 0.56 lemma|dep=elect|advcl -0.92
lemma|dep=elect|amod -0.46 lemma|dep=elect|pcomp 0.41 lemma|dep=elect|relcl -0.37
lemma|dep=elevate|advcl -0.31 lemma|dep=eliminate|ROOT 0.41 lemma|dep=eliminate|advcl -0.40
lemma|dep=email|ROOT -0.37 lemma|dep=embed|acl 0.51 lemma|dep=embrace|acl -0.67
lemma|dep=embrace|advcl 0.50 lemma|dep=embrace|ccomp 0.34 lemma|dep=embrace|conj 0.49
lemma|dep=embrace|pcomp -0.70 lemma|dep=embrace|xcomp 0.36 lemma|dep=emerge|ROOT 0.78
lemma|dep=emphasize|advcl 0.68 lemma|dep=employ|ROOT -0.75 lemma|dep=employ|relcl -0.31
lemma|dep=empower|ROOT 0.57 lemma|dep=encounter|ROOT -0.54 lemma|dep=encourage|advcl 1.19
lemma|dep=encourage|ccomp -0.99 lemma|dep=encourage|xcomp 1.00 lemma|dep=endorse|ROOT 0.95
lemma|dep=endorse|acl -0.69 lemma|dep=endorse|advcl 0.53 lemma|dep=endorse|ccomp 0.30
lemma|dep=end|acl 0.53 lemma|dep=end|advcl -0.83 lemma|dep=end|conj -0.68 lemma|dep=end|pcomp
-0.54 lemma|dep=engage|ROOT 0.50 lemma|dep=engage|acl 0.70 lemma|dep=engage|conj -0.39
lemma|dep=engage|pcomp 0.43 lemma|dep=engage|relcl -0.42 lemma|dep=engage|xcomp -0.41
lemma|dep=enjoy|ROOT 0.83 lemma|dep=enjoy|ccomp 1.22 lemma|dep=enjoy|relcl -0.43
lemma|dep=ensure|advcl -0.32 lemma|dep=enter|ROOT 0.50 lemma|dep=enter|advcl -0.48
lemma|dep=enter|pcomp -0.46 lemma|dep=entitle|acl 1.06 lemma|dep=envision|relcl 1.67
lemma|dep=erupt|ROOT -0.53 lemma|dep=establish|ROOT -0.42 lemma|dep=establish|acl 0.46
lemma|dep=establish|advcl -0.64 lemma|dep=establish|pcomp -0.32 lemma|dep=estimate|amod -0.65
lemma|dep=exceed|ROOT -0.37 lemma|dep=exist|advcl -0.31 lemma|dep=exist|amod -0.37
lemma|dep=expand|amod 0.66 lemma|dep=expand|conj -0.43 lemma|dep=expand|relcl 0.70
lemma|dep=expand|xcomp -0.43 lemma|dep=expect|ROOT 0.52 lemma|dep=expect|acl 0.82
lemma|dep=expect|advcl 0.38 lemma|dep=expect|amod -0.63 lemma|dep=expect|ccomp -0.45
lemma|dep=expect|relcl 0.59 lemma|dep=experience|relcl -0.79 lemma|dep=explain|advcl 1.11
lemma|dep=explain|ccomp -0.59 lemma|dep=explain|conj -0.86 lemma|dep=explain|parataxis 0.56
lemma|dep=exploit|xcomp 0.39 lemma|dep=expose|ROOT -0.49 lemma|dep=expose|ccomp -0.46
lemma|dep=expose|relcl 1.07 lemma|dep=express|ROOT 0.64 lemma|dep=express|acl -0.71
lemma|dep=express|advcl 0.90 lemma|dep=extend|ROOT -0.62 lemma|dep=face|ROOT -0.31
lemma|dep=face|advcl 0.36 lemma|dep=face|relcl -0.62 lemma|dep=fail|amod 0.43
lemma|dep=fail|ccomp -0.46 lemma|dep=fail|conj -0.41 lemma|dep=fail|relcl -0.49
lemma|dep=fall|ROOT -1.16 lemma|dep=fall|advcl -0.61 lemma|dep=fall|conj -0.37
lemma|dep=fall|xcomp 1.56 lemma|dep=fare|ROOT -0.51 lemma|dep=favor|advcl 0.33
lemma|dep=favor|ccomp -0.89 lemma|dep=favor|relcl 0.73 lemma|dep=fear|ROOT 0.61
lemma|dep=fear|advcl 0.71 lemma|dep=fear|ccomp -0.32 lemma|dep=fear|conj -0.59
lemma|dep=fear|relcl 0.81 lemma|dep=feature|ROOT 0.38 lemma|dep=feature|relcl 0.66
lemma|dep=feel|relcl 1.07 lemma|dep=feel|xcomp 1.24 lemma|dep=fight|acl 0.59
lemma|dep=fight|advcl -0.62 lemma|dep=fight|conj 0.35 lemma|dep=fight|pcomp -0.31
lemma|dep=fight|relcl -0.49 lemma|dep=fight|xcomp -0.44 lemma|dep=figure|ROOT -1.29
lemma|dep=figure|advcl -0.39 lemma|dep=figure|xcomp 0.90 lemma|dep=file|ROOT 0.55
lemma|dep=file|advcl -0.42 lemma|dep=file|ccomp -0.43 lemma|dep=file|relcl -0.37
lemma|dep=file|xcomp -0.58 lemma|dep=fill|ROOT -0.44 lemma|dep=fill|acl 0.53 lemma|dep=find|ROOT
0.78 lemma|dep=find|acl 0.71 lemma|dep=find|ccomp -0.58 lemma|dep=find|csubj -0.37
lemma|dep=find|relcl 0.54 lemma|dep=find|xcomp -0.83 lemma|dep=finish|ROOT -0.78
lemma|dep=fire|ROOT 0.34 lemma|dep=fire|amod -0.48 lemma|dep=fire|ccomp 0.70 lemma|dep=fire|conj
1.28 lemma|dep=fire|relcl -0.34 lemma|dep=focus|ROOT -0.69 lemma|dep=focus|advcl -1.10
lemma|dep=focus|ccomp 0.87 lemma|dep=focus|conj -0.47 lemma|dep=focus|pcomp 0.49
lemma|dep=focus|relcl 0.49 lemma|dep=focus|xcomp 0.49 lemma|dep=follow|ROOT -0.47
lemma|dep=follow|acl -0.59 lemma|dep=follow|amod 1.67 lemma|dep=follow|ccomp 0.97
lemma|dep=follow|conj -1.05 lemma|dep=follow|prep -0.61 lemma|dep=follow|xcomp -0.55
lemma|dep=force|ROOT -0.75 lemma|dep=force|advcl 0.37 lemma|dep=form|ROOT -0.59
lemma|dep=found|ROOT -0.39 lemma|dep=found|relcl -0.34 lemma|dep=free|ROOT -0.58
lemma|dep=fuel|ROOT -0.43 lemma|dep=fuel|acl 0.69 lemma|dep=fuel|conj -0.30 lemma|dep=gain|advcl
-0.49 lemma|dep=gain|relcl 0.63 lemma|dep=garner|ROOT -0.50 lemma|dep=gather|ROOT -0.54
lemma|dep=generate|ROOT -0.66 lemma|dep=get|acl -0.34 lemma|dep=get|pcomp -0.34
lemma|dep=get|relcl -0.77 lemma|dep=give|acl 0.47 lemma|dep=give|ccomp 0.82 lemma|dep=give|prep
-0.99 lemma|dep=give|relcl -0.63 lemma|dep=give|xcomp -0.36 lemma|dep=go|ROOT 0.46
lemma|dep=go|acl 0.35 lemma|dep=go|advcl 0.38 lemma|dep=go|ccomp 0.33 lemma|dep=go|csubj -0.46
lemma|dep=go|pcomp -1.17 lemma|dep=go|xcomp -0.91 lemma|dep=graduate|ROOT -0.42
lemma|dep=grow|ROOT -0.62 lemma|dep=grow|advcl -0.31 lemma|dep=grow|pcomp 0.87
lemma|dep=grow|relcl 0.38 lemma|dep=guarantee|ROOT -0.53 lemma|dep=guess|ccomp 1.11
lemma|dep=hail|ROOT 0.94 lemma|dep=hand|ROOT -0.64 lemma|dep=hang|ROOT 0.44 lemma|dep=hang|conj
-0.37 lemma|dep=happen|ROOT -0.80 lemma|dep=happen|pcomp 0.67 lemma|dep=happen|relcl -0.33
lemma|dep=hate|ROOT -0.31 lemma|dep=head|ROOT -0.41 lemma|dep=hear|advcl 0.31
lemma|dep=hear|ccomp -0.53 lemma|dep=hear|pcomp 0.49 lemma|dep=hear|relcl -0.45
lemma|dep=hear|xcomp 0.36 lemma|dep=heighten|amod 0.61 lemma|dep=help|ROOT -0.46
lemma|dep=help|ccomp -0.38 lemma|dep=help|conj -0.41 lemma|dep=help|relcl 0.32
lemma|dep=help|xcomp 0.34 lemma|dep=highlight|relcl 0.44 lemma|dep=hint|ROOT -0.32
lemma|dep=hire|advcl 0.62 lemma|dep=hire|ccomp 0.68 lemma|dep=hire|conj -0.53 lemma|dep=hit|acl
-0.31 lemma|dep=hit|advcl -0.96 lemma|dep=hit|ccomp 0.43 lemma|dep=hit|pcomp 0.69
lemma|dep=hold|acl 0.59 lemma|dep=hold|amod 0.76 lemma|dep=hold|ccomp -0.36 lemma|dep=hold|conj
-1.18 lemma|dep=hold|relcl -0.32 lemma|dep=honor|ROOT -0.40 lemma|dep=hope|conj 0.81
lemma|dep=hop|ROOT 1.11 lemma|dep=hop|ccomp -1.15 lemma|dep=hop|conj 0.66 lemma|dep=hop|relcl
0.39 lemma|dep=host|ROOT -0.37 lemma|dep=huddle|ROOT -0.46 lemma|dep=hurt|ROOT -0.49
lemma|dep=identify|ROOT 0.61 lemma|dep=identify|acl 0.67 lemma|dep=identify|ccomp -0.62
lemma|dep=identify|pcomp -0.73 lemma|dep=identify|relcl 0.86 lemma|dep=ignore|ROOT 0.62
lemma|dep=ignore|conj 0.76 lemma|dep=imagine|ROOT -0.49 lemma|dep=imagine|ccomp 0.96
lemma|dep=imply|xcomp -1.07 lemma|dep=impose|conj -0.44 lemma|dep=impose|relcl 1.00
lemma|dep=improve|ROOT -0.39 lemma|dep=include|ROOT 0.59 lemma|dep=include|advcl -0.57
lemma|dep=include|ccomp -0.37 lemma|dep=include|conj 0.52 lemma|dep=include|prep -0.81
lemma|dep=increase|advcl -0.50 lemma|dep=increase|amod 0.38 lemma|dep=indicate|ROOT 0.48
lemma|dep=indicate|advcl 0.83 lemma|dep=inform|advcl 0.66 lemma|dep=injure|conj -0.43
lemma|dep=insist|ROOT 1.37 lemma|dep=intend|ROOT 1.37 lemma|dep=intend|acl 0.69
lemma|dep=intend|ccomp -0.78 lemma|dep=interview|ROOT -0.42 lemma|dep=interview|advcl 0.42
lemma|dep=interview|conj -0.32 lemma|dep=introduce|acl -0.78 lemma|dep=investigate|ROOT 0.75
lemma|dep=invite|ROOT -0.59 lemma|dep=invite|advcl 0.34 lemma|dep=invite|conj -0.51
lemma|dep=involve|ROOT -0.70 lemma|dep=involve|acl 0.36 lemma|dep=involve|relcl -0.34
lemma|dep=issue|ROOT 1.08 lemma|dep=issue|acl -0.66 lemma|dep=join|ROOT -0.45
lemma|dep=join|advcl -0.47 lemma|dep=join|conj -0.37 lemma|dep=join|relcl 0.52
lemma|dep=join|xcomp -0.34 lemma|dep=joke|ROOT 0.63 lemma|dep=jump|ROOT -0.68
lemma|dep=keep|ROOT -0.82 lemma|dep=keep|advcl 0.39 lemma|dep=keep|ccomp 0.37
lemma|dep=keep|pcomp -0.39 lemma|dep=keep|xcomp 0.53 lemma|dep=kick|ROOT -0.40
lemma|dep=kill|ROOT -0.44 lemma|dep=kill|relcl -0.30 lemma|dep=know|acomp 0.60
lemma|dep=know|amod -0.78 lemma|dep=know|ccomp -0.36 lemma|dep=know|csubj 1.04
lemma|dep=know|parataxis -0.94 lemma|dep=know|pcomp 0.67 lemma|dep=know|xcomp 0.94
lemma|dep=lag|ROOT -0.35 lemma|dep=lament|ROOT 0.41 lemma|dep=lash|ROOT 0.53 lemma|dep=last|ROOT
-0.49 lemma|dep=laugh|conj -0.54 lemma|dep=launch|ROOT 0.34 lemma|dep=launch|acl -0.33
lemma|dep=launch|relcl 0.42 lemma|dep=launch|xcomp -0.35 lemma|dep=lay|ROOT 0.32
lemma|dep=lay|ccomp 0.40 lemma|dep=lay|relcl -0.68 lemma|dep=lay|xcomp -1.03 lemma|dep=lead|ROOT
-0.40 lemma|dep=lead|acl -0.54 lemma|dep=lead|advcl -0.85 lemma|dep=lead|amod 1.39
lemma|dep=lead|conj 0.54 lemma|dep=lead|relcl -0.57 lemma|dep=lean|amod 0.61
lemma|dep=lean|relcl 1.17 lemma|dep=learn|ccomp 0.35 lemma|dep=learn|xcomp -0.72
lemma|dep=leave|advcl -1.19 lemma|dep=leave|pcomp -0.31 lemma|dep=leave|relcl -0.38
lemma|dep=let|advcl -0.41 lemma|dep=let|xcomp -0.59 lemma|dep=lie|ROOT -0.46 lemma|dep=lift|ROOT
-0.47 lemma|dep=like|ccomp -1.06 lemma|dep=like|conj -0.63 lemma|dep=limit|ROOT -0.60
lemma|dep=limit|acl 1.54 lemma|dep=limit|conj -0.41 lemma|dep=line|ROOT 0.59 lemma|dep=link|amod
-0.36 lemma|dep=link|relcl -0.43 lemma|dep=link|xcomp 1.21 lemma|dep=list|ROOT 1.24
lemma|dep=list|acl 0.93 lemma|dep=list|relcl -0.71 lemma|dep=live|relcl -0.41
lemma|dep=lock|ROOT -1.04 lemma|dep=lock|advcl 0.42 lemma|dep=look|ccomp 0.36
lemma|dep=lose|ROOT -0.56 lemma|dep=lose|advcl -0.34 lemma|dep=love|advcl 0.53
lemma|dep=love|amod -0.49 lemma|dep=love|conj -0.56 lemma|dep=maintain|advcl -0.43
lemma|dep=maintain|ccomp 0.65 lemma|dep=maintain|conj 0.89 lemma|dep=maintain|relcl -0.47
lemma|dep=make|ROOT 0.38 lemma|dep=make|advcl -0.37 lemma|dep=make|amod -0.31
lemma|dep=make|conj 0.39 lemma|dep=make|csubj -0.51 lemma|dep=make|relcl -0.33
lemma|dep=manage|advcl -0.50 lemma|dep=manage|relcl -0.47 lemma|dep=mark|ROOT -1.37
lemma|dep=marry|ROOT -0.53 lemma|dep=matter|ROOT -0.60 lemma|dep=matter|relcl -0.35
lemma|dep=mean|advcl -0.52 lemma|dep=mean|ccomp -0.74 lemma|dep=mean|parataxis 1.48
lemma|dep=mean|relcl 0.34 lemma|dep=meet|ROOT -0.62 lemma|dep=meet|advcl -1.02
lemma|dep=meet|pcomp 0.46 lemma|dep=meet|relcl -0.35 lemma|dep=meet|xcomp 0.99
lemma|dep=mention|advcl 0.49 lemma|dep=mock|ROOT 0.65 lemma|dep=mock|advcl 0.54
lemma|dep=mount|xcomp -0.45 lemma|dep=move|ROOT -0.83 lemma|dep=move|acl 0.70
lemma|dep=move|advcl -1.27 lemma|dep=move|ccomp -0.33 lemma|dep=move|conj 0.54
lemma|dep=move|relcl -0.31 lemma|dep=move|xcomp -0.49 lemma|dep=name|ROOT 0.76
lemma|dep=name|advcl 0.68 lemma|dep=name|ccomp -0.54 lemma|dep=name|pcomp -0.38
lemma|dep=name|xcomp -0.64 lemma|dep=near|advcl -0.38 lemma|dep=need|ROOT 0.80
lemma|dep=need|acl -0.75 lemma|dep=need|advcl -0.49 lemma|dep=need|ccomp 0.96
lemma|dep=need|relcl -0.43 lemma|dep=negotiate|pcomp -0.40 lemma|dep=negotiate|xcomp -0.46
lemma|dep=nominate|conj -0.37 lemma|dep=nominate|pcomp 0.66 lemma|dep=nominate|relcl 0.87
lemma|dep=nominate|xcomp 0.47 lemma|dep=note|ROOT 0.38 lemma|dep=note|advcl 0.73
lemma|dep=note|parataxis 0.61 lemma|dep=note|xcomp -0.42 lemma|dep=notice|ROOT 0.45
lemma|dep=notice|ccomp 0.33 lemma|dep=occur|ROOT -0.36 lemma|dep=occur|advcl -0.32
lemma|dep=offer|acl -0.41 lemma|dep=offer|conj 0.81 lemma|dep=offer|pcomp -0.31
lemma|dep=offer|xcomp 0.84 lemma|dep=open|advcl -0.37 lemma|dep=open|ccomp 0.52
lemma|dep=open|relcl -0.34 lemma|dep=operate|advcl -0.43 lemma|dep=oppose|ROOT 0.35
lemma|dep=oppose|acl 0.64 lemma|dep=oppose|advcl 0.48 lemma|dep=oppose|ccomp -0.96
lemma|dep=oppose|conj 0.97 lemma|dep=oppose|pcomp -0.66 lemma|dep=oppose|relcl 1.10
lemma|dep=oppose|xcomp -0.80 lemma|dep=order|ROOT 0.52 lemma|dep=outline|ROOT 0.34
lemma|dep=overtake|advcl -0.42 lemma|dep=own|ROOT -0.43 lemma|dep=own|relcl -0.32
lemma|dep=pass|amod 0.62 lemma|dep=pass|ccomp 1.09 lemma|dep=pass|relcl -0.69
lemma|dep=pass|xcomp -0.36 lemma|dep=pause|ROOT -0.32 lemma|dep=pay|ROOT -0.35
lemma|dep=pay|amod -0.47 lemma|dep=pay|conj 0.33 lemma|dep=pay|relcl -0.35
lemma|dep=perform|ROOT -0.64 lemma|dep=persuade|pcomp -0.58 lemma|dep=persuade|relcl -0.66
lemma|dep=persuade|xcomp -0.63 lemma|dep=pick|ccomp -0.38 lemma|dep=pick|conj 0.77
lemma|dep=pick|relcl -0.34 lemma|dep=pick|xcomp -0.76 lemma|dep=pile|ROOT 0.40
lemma|dep=pivot|ROOT 0.69 lemma|dep=place|ROOT -1.20 lemma|dep=place|ccomp -0.47
lemma|dep=place|pcomp -0.43 lemma|dep=plan|ROOT 0.96 lemma|dep=plan|advcl 0.54
lemma|dep=plan|amod -0.51 lemma|dep=plan|ccomp -1.78 lemma|dep=plan|conj -0.39
lemma|dep=plan|relcl 0.78 lemma|dep=play|acl -0.32 lemma|dep=play|advcl -0.39
lemma|dep=play|pcomp 0.37 lemma|dep=play|xcomp -0.33 lemma|dep=plead|ROOT 0.71
lemma|dep=pledge|ROOT 1.13 lemma|dep=pledge|advcl 0.31 lemma|dep=pledge|amod -1.35
lemma|dep=pledge|relcl -0.60 lemma|dep=point|ROOT 0.60 lemma|dep=point|ccomp -0.50
lemma|dep=point|pcomp 0.79 lemma|dep=point|xcomp 0.37 lemma|dep=poll|acl -0.36
lemma|dep=portray|advcl 0.57 lemma|dep=portray|xcomp 0.83 lemma|dep=pose|relcl -0.43
lemma|dep=position|acomp -0.60 lemma|dep=post|acl -0.80 lemma|dep=post|advcl 0.77
lemma|dep=post|ccomp 1.62 lemma|dep=praise|ROOT 0.79 lemma|dep=praise|conj 0.97
lemma|dep=praise|relcl -0.68 lemma|dep=predict|ROOT 1.09 lemma|dep=predict|advcl 0.36
lemma|dep=predict|ccomp -0.71 lemma|dep=predict|conj 0.37 lemma|dep=prefer|ROOT 0.89
lemma|dep=prefer|ccomp -1.02 lemma|dep=prefer|relcl 0.69 lemma|dep=prepare|ROOT -0.38
lemma|dep=prepare|advcl -0.98 lemma|dep=present|ROOT -0.56 lemma|dep=press|ROOT -0.30
lemma|dep=press|advcl 0.37 lemma|dep=prevail|advcl -0.40 lemma|dep=prevent|advcl -0.35
lemma|dep=prevent|conj 0.45 lemma|dep=produce|ROOT -0.39 lemma|dep=produce|acl 0.65
lemma|dep=project|ROOT 0.77 lemma|dep=project|acl -0.73 lemma|dep=promise|advcl 0.75
lemma|dep=promise|conj 0.53 lemma|dep=promote|ROOT 0.34 lemma|dep=promote|advcl 0.50
lemma|dep=promote|conj -0.97 lemma|dep=promote|pcomp -0.32 lemma|dep=promote|relcl 1.27
lemma|dep=prompt|ROOT -0.84 lemma|dep=prompt|advcl -0.52 lemma|dep=prompt|ccomp 1.56
lemma|dep=propose|ROOT 0.64 lemma|dep=propose|advcl -1.20 lemma|dep=propose|amod -0.41
lemma|dep=propose|ccomp 0.68 lemma|dep=propose|relcl 0.68 lemma|dep=protest|ROOT 0.33
lemma|dep=protest|advcl -0.56 lemma|dep=prove|ROOT -0.86 lemma|dep=prove|advcl -0.31
lemma|dep=prove|ccomp -0.65 lemma|dep=prove|xcomp 1.99 lemma|dep=provide|ROOT 0.40
lemma|dep=provide|acl 0.56 lemma|dep=provide|advcl -0.79 lemma|dep=provide|ccomp -0.41
lemma|dep=provide|relcl -0.78 lemma|dep=provide|xcomp 1.66 lemma|dep=publish|ROOT 0.32
lemma|dep=publish|acl -0.39 lemma|dep=publish|advcl 0.44 lemma|dep=pursue|acl -0.36
lemma|dep=pursue|advcl -0.74 lemma|dep=pursue|conj 1.22 lemma|dep=pursue|pcomp 0.39
lemma|dep=push|ROOT 0.51 lemma|dep=push|acl 1.23 lemma|dep=push|ccomp -0.58 lemma|dep=push|pcomp
0.61 lemma|dep=push|relcl -0.32 lemma|dep=push|xcomp -0.45 lemma|dep=put|advcl 1.07
lemma|dep=put|ccomp 0.97 lemma|dep=put|pcomp -0.30 lemma|dep=put|relcl -0.99 lemma|dep=put|xcomp
-0.32 lemma|dep=question|ROOT 0.44 lemma|dep=question|advcl 0.87 lemma|dep=question|ccomp -0.48
lemma|dep=question|conj 0.32 lemma|dep=question|relcl 0.41 lemma|dep=question|xcomp 0.53
lemma|dep=race|ROOT -0.68 lemma|dep=rail|ROOT 0.50 lemma|dep=raise|acl -0.76
lemma|dep=raise|advcl 0.45 lemma|dep=raise|amod 1.06 lemma|dep=raise|ccomp -0.74
lemma|dep=raise|pcomp -0.61 lemma|dep=raise|relcl 0.80 lemma|dep=raise|xcomp -0.44
lemma|dep=rally|conj 0.57 lemma|dep=rally|xcomp 0.37 lemma|dep=range|advcl -0.66
lemma|dep=range|amod -0.36 lemma|dep=rank|ROOT -0.77 lemma|dep=rank|amod -0.43
lemma|dep=rattle|ROOT -0.38 lemma|dep=rat|ccomp -0.30 lemma|dep=reach|ROOT 0.57
lemma|dep=reach|advcl -1.14 lemma|dep=reach|ccomp 0.63 lemma|dep=reach|pcomp -0.51
lemma|dep=reach|relcl -0.62 lemma|dep=reach|xcomp 0.70 lemma|dep=read|ROOT 0.46
lemma|dep=read|conj 1.00 lemma|dep=read|pcomp -0.52 lemma|dep=realize|advcl -0.38
lemma|dep=realize|ccomp -0.38 lemma|dep=rebuff|ROOT -0.40 lemma|dep=recall|ROOT 0.70
lemma|dep=recall|advcl 0.33 lemma|dep=receive|advcl -0.63 lemma|dep=receive|ccomp 0.43
lemma|dep=receive|conj -0.66 lemma|dep=receive|pcomp 0.44 lemma|dep=receive|relcl -0.41
lemma|dep=recognize|ROOT 1.38 lemma|dep=recognize|advcl 0.43 lemma|dep=recognize|ccomp -0.94
lemma|dep=recognize|relcl -1.02 lemma|dep=recognize|xcomp 0.87 lemma|dep=recommend|ROOT 0.56
lemma|dep=reduce|ROOT -0.34 lemma|dep=reduce|relcl 0.88 lemma|dep=reference|ROOT 0.80
lemma|dep=refer|ROOT 0.43 lemma|dep=refer|advcl 1.11 lemma|dep=refer|ccomp -0.63
lemma|dep=refer|conj -0.84 lemma|dep=reflect|ROOT 0.34 lemma|dep=reflect|advcl -0.46
lemma|dep=refuse|ROOT -0.52 lemma|dep=refuse|advcl 0.31 lemma|dep=refuse|conj 0.40
lemma|dep=regard|prep -0.37 lemma|dep=regard|relcl -0.37 lemma|dep=register|ROOT 0.52
lemma|dep=register|amod -0.62 lemma|dep=regret|ccomp -0.53 lemma|dep=reiterate|ROOT 0.90
lemma|dep=reject|xcomp -0.35 lemma|dep=relate|acl 0.35 lemma|dep=relate|amod -0.50
lemma|dep=release|ROOT 1.25 lemma|dep=release|acl -0.52 lemma|dep=release|conj -0.77
lemma|dep=release|pcomp -0.69 lemma|dep=release|relcl 1.06 lemma|dep=rely|relcl 0.59
lemma|dep=remain|advcl 0.98 lemma|dep=remain|amod -0.62 lemma|dep=remain|ccomp -0.39
lemma|dep=remain|relcl -0.38 lemma|dep=remark|ROOT 0.73 lemma|dep=remember|ROOT -0.93
lemma|dep=remember|advcl 0.72 lemma|dep=remember|ccomp 0.67 lemma|dep=remember|relcl 1.26
lemma|dep=remind|ccomp -0.76 lemma|dep=renew|ROOT -0.43 lemma|dep=renew|amod 1.04
lemma|dep=renew|xcomp -0.64 lemma|dep=replace|advcl -0.35 lemma|dep=reply|ROOT 0.75
lemma|dep=reply|ccomp 1.25 lemma|dep=report|ROOT 0.38 lemma|dep=report|advcl 1.19
lemma|dep=report|amod 0.33 lemma|dep=report|ccomp 0.72 lemma|dep=report|relcl 0.63
lemma|dep=report|xcomp 1.08 lemma|dep=represent|acl -0.71 lemma|dep=represent|advcl 1.21
lemma|dep=represent|ccomp -0.44 lemma|dep=represent|relcl -0.52 lemma|dep=request|ROOT 0.61
lemma|dep=require|ROOT -0.31 lemma|dep=require|conj 1.59 lemma|dep=require|pcomp -0.45
lemma|dep=require|relcl -0.75 lemma|dep=resign|ROOT -0.81 lemma|dep=resign|xcomp 0.79
lemma|dep=resist|ROOT 1.21 lemma|dep=resonate|ccomp 0.77 lemma|dep=respond|pcomp -0.80
lemma|dep=respond|xcomp 0.90 lemma|dep=restore|ROOT -0.49 lemma|dep=restrict|acl 1.90
lemma|dep=result|ROOT -0.35 lemma|dep=retire|amod -0.45 lemma|dep=return|ROOT 0.57
lemma|dep=return|advcl -0.39 lemma|dep=retweete|ROOT 0.48 lemma|dep=reveal|ROOT 0.59
lemma|dep=reveal|advcl 0.55 lemma|dep=reveal|ccomp 0.97 lemma|dep=reveal|relcl 0.49
lemma|dep=reverse|ROOT -0.52 lemma|dep=review|relcl 1.37 lemma|dep=review|xcomp -0.46
lemma|dep=rip|ROOT 0.36 lemma|dep=rise|advcl -0.36 lemma|dep=rise|amod 0.37 lemma|dep=rise|conj
-0.35 lemma|dep=rise|relcl -0.31 lemma|dep=rule|ROOT 0.51 lemma|dep=rule|amod -0.53
lemma|dep=rule|ccomp -0.36 lemma|dep=rule|xcomp -0.49 lemma|dep=run|ROOT 0.30 lemma|dep=run|acl
-0.70 lemma|dep=run|advcl 0.56 lemma|dep=run|amod 0.61 lemma|dep=run|ccomp -0.44
lemma|dep=run|conj -0.42 lemma|dep=run|pcomp -0.34 lemma|dep=run|xcomp -0.64 lemma|dep=say|ROOT
1.30 lemma|dep=say|acl 0.94 lemma|dep=say|advcl 0.72 lemma|dep=say|conj 0.38 lemma|dep=say|csubj
-1.38 lemma|dep=say|parataxis 1.22 lemma|dep=say|pcomp 0.50 lemma|dep=say|xcomp -0.49
lemma|dep=score|ROOT -0.60 lemma|dep=scramble|ROOT -0.68 lemma|dep=screw|ROOT -0.36
lemma|dep=seek|ROOT 0.57 lemma|dep=seek|acl 0.38 lemma|dep=seek|advcl 1.02 lemma|dep=seek|ccomp
0.42 lemma|dep=seek|conj -1.07 lemma|dep=seek|pcomp 0.35 lemma|dep=seek|xcomp -0.58
lemma|dep=seem|ROOT 0.66 lemma|dep=seem|advcl 0.42 lemma|dep=seem|ccomp 0.32 lemma|dep=seem|conj
0.54 lemma|dep=see|ROOT 0.59 lemma|dep=see|acl 0.43 lemma|dep=see|parataxis -0.80
lemma|dep=see|pcomp -0.76 lemma|dep=see|relcl 0.39 lemma|dep=seize|ROOT -0.97
lemma|dep=seize|xcomp 0.50 lemma|dep=select|ROOT -0.47 lemma|dep=select|advcl 0.83
lemma|dep=select|relcl -0.34 lemma|dep=sell|ROOT -0.84 lemma|dep=sell|advcl 0.66
lemma|dep=sell|conj -0.31 lemma|dep=sell|pcomp 0.69 lemma|dep=sell|relcl -0.49
lemma|dep=send|ROOT 0.34 lemma|dep=send|advcl -0.45 lemma|dep=send|ccomp 0.85
lemma|dep=send|conj -0.93 lemma|dep=send|pcomp -0.36 lemma|dep=send|xcomp -0.39
lemma|dep=sentence|ROOT 0.54 lemma|dep=serve|ROOT 0.36 lemma|dep=serve|relcl -0.60
lemma|dep=settle|ROOT -0.56 lemma|dep=settle|ccomp 0.90 lemma|dep=set|ROOT 0.50
lemma|dep=set|acl 0.61 lemma|dep=set|advcl -0.65 lemma|dep=set|conj -0.49 lemma|dep=shake|ROOT
-0.35 lemma|dep=share|ROOT 0.87 lemma|dep=share|acl -0.53 lemma|dep=share|ccomp -0.55
lemma|dep=share|relcl 0.63 lemma|dep=shift|ROOT -0.63 lemma|dep=shift|relcl 0.52
lemma|dep=shift|xcomp 0.37 lemma|dep=shoot|ccomp 1.81 lemma|dep=shoot|relcl -0.47
lemma|dep=shore|xcomp -0.36 lemma|dep=shout|ROOT 0.50 lemma|dep=shout|advcl 0.88
lemma|dep=show|ROOT 0.84 lemma|dep=show|acl 0.47 lemma|dep=show|ccomp 0.45 lemma|dep=show|pcomp
0.53 lemma|dep=show|relcl 0.48 lemma|dep=shut|xcomp 0.52 lemma|dep=signal|ROOT -0.45
lemma|dep=sign|ROOT 0.54 lemma|dep=sign|advcl 0.31 lemma|dep=sign|amod 0.80 lemma|dep=sign|ccomp
0.59 lemma|dep=sign|xcomp -0.55 lemma|dep=sit|ROOT -0.76 lemma|dep=sit|advcl -0.30
lemma|dep=sit|ccomp 0.97 lemma|dep=slam|ROOT 0.32 lemma|dep=slam|advcl 0.37
lemma|dep=smile|advcl -0.39 lemma|dep=sound|ROOT 0.84 lemma|dep=sound|ccomp -0.39
lemma|dep=sound|conj 0.59 lemma|dep=spark|ROOT -0.39 lemma|dep=speak|acl 1.13
lemma|dep=speak|advcl -0.46 lemma|dep=speak|ccomp -0.32 lemma|dep=speak|xcomp -0.34
lemma|dep=spend|acl -0.32 lemma|dep=spend|advcl -1.01 lemma|dep=split|ROOT 1.16
lemma|dep=split|relcl -0.40 lemma|dep=sponsor|amod 0.42 lemma|dep=spread|advcl 0.94
lemma|dep=spread|conj -0.42 lemma|dep=spread|pcomp -0.32 lemma|dep=spread|xcomp 0.46
lemma|dep=stand|acl -0.32 lemma|dep=stand|advcl -0.58 lemma|dep=stand|ccomp 0.56
lemma|dep=start|ROOT 0.33 lemma|dep=start|acl 0.55 lemma|dep=start|advcl -1.29
lemma|dep=start|ccomp 0.39 lemma|dep=start|conj -0.98 lemma|dep=start|pcomp 0.83
lemma|dep=start|relcl -0.66 lemma|dep=start|xcomp -0.49 lemma|dep=state|ROOT 0.48
lemma|dep=state|amod 0.57 lemma|dep=stay|advcl -0.31 lemma|dep=stay|xcomp -0.33
lemma|dep=step|advcl -0.42 lemma|dep=step|xcomp 0.66 lemma|dep=stick|ROOT 0.43
lemma|dep=stick|xcomp -0.30 lemma|dep=stop|advcl -0.58 lemma|dep=stop|conj 0.81
lemma|dep=stop|relcl -0.33 lemma|dep=stop|xcomp -0.62 lemma|dep=strike|conj -0.38
lemma|dep=strike|relcl 0.68 lemma|dep=struggle|ROOT -0.56 lemma|dep=struggle|advcl -0.32
lemma|dep=struggle|ccomp 0.70 lemma|dep=struggle|conj -1.00 lemma|dep=struggle|xcomp 0.68
lemma|dep=stump|advcl -0.59 lemma|dep=subscribe|ROOT -0.31 lemma|dep=succeed|advcl -0.39
lemma|dep=sue|ccomp -0.37 lemma|dep=suffer|ROOT -0.51 lemma|dep=suggest|acl 0.52
lemma|dep=suggest|conj 0.67 lemma|dep=support|ROOT 0.92 lemma|dep=support|acl 0.77
lemma|dep=support|amod 1.17 lemma|dep=support|ccomp -0.64 lemma|dep=support|pcomp 0.32
lemma|dep=suppose|ROOT -0.55 lemma|dep=surge|ROOT -0.38 lemma|dep=surround|acl -0.37
lemma|dep=survey|ROOT -0.40 lemma|dep=survey|acl -0.34 lemma|dep=survive|ROOT -0.53
lemma|dep=suspend|ROOT -1.23 lemma|dep=suspend|ccomp 0.75 lemma|dep=suspend|conj -0.49
lemma|dep=take|acl -0.31 lemma|dep=take|ccomp 0.33 lemma|dep=take|conj 0.32 lemma|dep=take|xcomp
-0.56 lemma|dep=talk|ROOT 0.35 lemma|dep=talk|conj -0.40 lemma|dep=talk|pcomp 0.63
lemma|dep=talk|relcl -0.61 lemma|dep=tap|ROOT -0.64 lemma|dep=target|amod 0.78
lemma|dep=target|ccomp 0.54 lemma|dep=target|pcomp -0.32 lemma|dep=target|relcl -0.46
lemma|dep=target|xcomp -0.54 lemma|dep=teach|relcl -0.32 lemma|dep=tell|ROOT 0.63
lemma|dep=tell|advcl 0.82 lemma|dep=tell|ccomp 0.38 lemma|dep=tell|relcl -0.51
lemma|dep=tell|xcomp -0.69 lemma|dep=tend|ccomp 1.33 lemma|dep=tend|relcl -0.77
lemma|dep=testify|ROOT 0.84 lemma|dep=testify|advcl -0.87 lemma|dep=test|ROOT -0.47
lemma|dep=thank|ROOT 0.70 lemma|dep=thank|advcl 1.09 lemma|dep=thank|ccomp 0.54
lemma|dep=thank|xcomp -1.25 lemma|dep=think|ROOT 1.02 lemma|dep=think|advcl 0.31
lemma|dep=think|parataxis -0.81 lemma|dep=think|pcomp -0.97 lemma|dep=threaten|ROOT -0.76
lemma|dep=threaten|relcl -0.63 lemma|dep=throw|advcl 0.37 lemma|dep=throw|ccomp -0.41
lemma|dep=throw|xcomp 0.45 lemma|dep=tick|ROOT 0.36 lemma|dep=tie|ROOT -0.43 lemma|dep=tie|acl
-0.41 lemma|dep=tie|ccomp -0.53 lemma|dep=tie|conj 0.37 lemma|dep=title|acl 1.09
lemma|dep=touch|ccomp 0.34 lemma|dep=tout|ROOT 0.58 lemma|dep=trade|amod 0.64
lemma|dep=trail|ROOT -0.34 lemma|dep=travel|ROOT -0.55 lemma|dep=trump|ROOT -0.38
lemma|dep=trust|ccomp 0.51 lemma|dep=trust|conj -0.38 lemma|dep=trust|xcomp -0.40
lemma|dep=try|acl -0.36 lemma|dep=try|advcl 0.58 lemma|dep=try|ccomp -0.46 lemma|dep=try|conj
0.87 lemma|dep=try|pcomp -1.02 lemma|dep=try|relcl -1.37 lemma|dep=try|xcomp 1.30
lemma|dep=turn|ROOT -0.70 lemma|dep=turn|advcl 0.35 lemma|dep=turn|conj -0.33
lemma|dep=turn|pcomp -0.43 lemma|dep=turn|relcl 0.44 lemma|dep=turn|xcomp 0.61
lemma|dep=tweet|acl 0.89 lemma|dep=tweet|conj 1.01 lemma|dep=tweet|csubj -0.62
lemma|dep=tweet|pcomp 0.86 lemma|dep=undermine|ROOT -0.45 lemma|dep=underscore|ROOT -0.54
lemma|dep=understand|ROOT 0.48 lemma|dep=understand|acl -0.39 lemma|dep=understand|advcl 0.65
lemma|dep=understand|conj -0.71 lemma|dep=unleash|ROOT 0.36 lemma|dep=update|ROOT -0.64
lemma|dep=upend|ROOT -0.43 lemma|dep=urge|ROOT 0.81 lemma|dep=urge|advcl 0.52
lemma|dep=urge|conj 0.48 lemma|dep=urge|xcomp -0.36 lemma|dep=use|acl -0.36 lemma|dep=use|advcl
0.50 lemma|dep=use|amod 0.88 lemma|dep=use|ccomp -0.90 lemma|dep=use|conj -0.34
lemma|dep=use|csubj 0.53 lemma|dep=use|pcomp -0.73 lemma|dep=use|relcl -0.34 lemma|dep=vet|ROOT
-0.30 lemma|dep=view|ccomp -0.31 lemma|dep=view|pcomp -0.32 lemma|dep=view|relcl 0.63
lemma|dep=visit|advcl -0.30 lemma|dep=vote|ROOT 0.42 lemma|dep=vote|acl -1.17
lemma|dep=vote|advcl 0.55 lemma|dep=vote|ccomp -0.48 lemma|dep=vote|conj -0.73
lemma|dep=vote|pobj 0.98 lemma|dep=vote|relcl 0.81 lemma|dep=vow|ROOT 0.55 lemma|dep=vow|advcl
0.87 lemma|dep=vow|conj 0.47 lemma|dep=wait|ROOT 0.44 lemma|dep=wait|advcl -0.35
lemma|dep=walk|advcl -0.47 lemma|dep=walk|conj -0.32 lemma|dep=walk|xcomp 0.56
lemma|dep=want|acl -0.64 lemma|dep=want|advcl 0.67 lemma|dep=want|conj 1.03 lemma|dep=want|csubj
-0.38 lemma|dep=want|pcomp -0.59 lemma|dep=want|relcl 0.39 lemma|dep=warn|ROOT 0.32
lemma|dep=waste|ROOT -0.53 lemma|dep=watch|conj 1.27 lemma|dep=watch|relcl -0.71
lemma|dep=watch|xcomp -0.46 lemma|dep=wave|conj -0.60 lemma|dep=wear|ROOT -0.65
lemma|dep=weigh|xcomp -0.40 lemma|dep=welcome|ccomp -1.06 lemma|dep=widen|ROOT -0.44
lemma|dep=win|ROOT -1.15 lemma|dep=win|advcl -1.14 lemma|dep=win|ccomp -0.31 lemma|dep=win|conj
0.64 lemma|dep=win|csubj 0.80 lemma|dep=win|pcomp -0.42 lemma|dep=win|relcl -0.76
lemma|dep=wish|ROOT 0.80 lemma|dep=wonder|ROOT 0.44 lemma|dep=wonder|xcomp 0.40
lemma|dep=work|ROOT -0.77 lemma|dep=work|amod -0.41 lemma|dep=work|ccomp 1.18
lemma|dep=work|relcl -0.74 lemma|dep=work|xcomp -0.57 lemma|dep=worry|ccomp 0.43
lemma|dep=worry|relcl 0.47 lemma|dep=worry|xcomp -0.87 lemma|dep=wound|conj -0.40
lemma|dep=write|ROOT 0.75 lemma|dep=write|acl -0.68 lemma|dep=write|advcl 0.43
lemma|dep=write|ccomp 0.72 lemma|dep=write|conj -0.78 lemma|dep=write|parataxis 0.75
lemma|dep=write|pcomp 0.91 lemma|dep=write|relcl -0.47 lemma|dep=write|xcomp -0.96
lemma|dep=―|ROOT -0.57 lemma|dep=’m|ROOT 0.60 lemma|dep=’re|ROOT 0.71 lemma|dep=’re|advcl -0.49
lemma|dep=’s|ROOT -0.61 lemma|dep=’|ROOT -0.62 lemma|dep=’|conj -0.56 lemma|has=abolish|dobj
-0.33 lemma|has=accelerate|dobj -0.41 lemma|has=accept|dobj 0.57 lemma|has=access|dobj -0.38
lemma|has=access|prep -0.33 lemma|has=accompany|agent -0.37 lemma|has=accompany|dobj -0.31
lemma|has=accomplish|dobj -0.41 lemma|has=accord|prep 1.41 lemma|has=account|prep -0.55
lemma|has=accumulate|dobj -0.43 lemma|has=accuse|dobj 1.37 lemma|has=accuse|prep 0.50
lemma|has=achieve|dobj -0.55 lemma|has=achieve|prep -0.34 lemma|has=acknowledge|dobj 0.40
lemma|has=acquire|dobj -0.45 lemma|has=activate|dobj -0.70 lemma|has=act|advcl -0.38
lemma|has=act|prep -0.61 lemma|has=address|advcl 1.05 lemma|has=address|ccomp 0.90
lemma|has=address|dobj 0.65 lemma|has=address|prep 0.42 lemma|has=add|ccomp 1.78
lemma|has=add|dobj -1.23 lemma|has=add|prt -0.42 lemma|has=adjust|prep -0.34
lemma|has=admire|dobj 0.44 lemma|has=admit|ccomp 0.60 lemma|has=admit|dobj 0.63
lemma|has=adopt|prep -0.75 lemma|has=advance|prep -0.51 lemma|has=advise|ccomp -0.88
lemma|has=advise|dobj 0.31 lemma|has=advise|prep 0.64 lemma|has=advise|xcomp 0.93
lemma|has=advocate|prep 0.85 lemma|has=affect|dobj -0.61 lemma|has=affiliate|prep -0.39
lemma|has=affirm|dobj 0.48 lemma|has=afford|dobj 0.73 lemma|has=afford|xcomp -0.63
lemma|has=agree|ccomp 0.55 lemma|has=agree|dobj 0.58 lemma|has=agree|prep 0.94
lemma|has=agree|xcomp 0.30 lemma|has=alarm|dobj 0.60 lemma|has=align|prep 0.69
lemma|has=allege|ccomp 0.72 lemma|has=allow|advcl -0.31 lemma|has=allow|dobj -0.67
lemma|has=allow|prep -0.38 lemma|has=allude|prep 0.60 lemma|has=alter|dobj -0.54
lemma|has=amass|dobj -0.61 lemma|has=amount|prep -0.48 lemma|has=anger|prep -0.36
lemma|has=announce|advcl 0.36 lemma|has=announce|ccomp 0.42 lemma|has=announce|dobj 0.55
lemma|has=announce|prep 0.54 lemma|has=answer|dobj 0.38 lemma|has=answer|prep 0.64
lemma|has=apologize|prep 0.95 lemma|has=appear|prep -0.44 lemma|has=applaud|dobj 1.65
lemma|has=applaud|prep -0.39 lemma|has=apply|prep -0.56 lemma|has=appoint|dobj 0.68
lemma|has=appreciate|prep -0.37 lemma|has=approach|advcl -0.35 lemma|has=approach|dobj -0.67
lemma|has=approve|dobj 0.48 lemma|has=argue|advcl 0.70 lemma|has=argue|ccomp 0.37
lemma|has=argue|dobj -0.33 lemma|has=argue|prep 0.63 lemma|has=arise|prep 0.64
lemma|has=arm|dobj -0.35 lemma|has=arm|prep -0.36 lemma|has=arrive|prep -0.73
lemma|has=articulate|dobj 1.31 lemma|has=ask|advcl -0.34 lemma|has=ask|agent 0.96
lemma|has=ask|dative -0.37 lemma|has=ask|dobj -0.72 lemma|has=assail|dobj 0.77
lemma|has=assail|prep 1.06 lemma|has=assault|dobj -0.53 lemma|has=assemble|dobj -0.51
lemma|has=assert|ccomp 0.97 lemma|has=assign|dobj -0.40 lemma|has=assume|advcl -0.31
lemma|has=assume|ccomp 0.66 lemma|has=assume|dobj -0.98 lemma|has=assure|dobj 0.62
lemma|has=attach|prep -0.33 lemma|has=attack|dobj 0.71 lemma|has=attempt|xcomp -0.47
lemma|has=attend|dobj -0.98 lemma|has=attend|prep -0.32 lemma|has=attract|ccomp -0.31
lemma|has=attract|dobj -0.34 lemma|has=attract|prep 0.81 lemma|has=attribute|dobj 0.67
lemma|has=attribute|prep 0.55 lemma|has=authorize|dobj 1.11 lemma|has=authorize|xcomp -0.87
lemma|has=average|dobj -0.56 lemma|has=avoid|advcl 1.39 lemma|has=avoid|dobj -0.77
lemma|has=avoid|prep 0.49 lemma|has=avoid|xcomp 0.37 lemma|has=await|dobj -0.60
lemma|has=award|prep -0.50 lemma|has=back|dobj 0.97 lemma|has=back|prt -1.16 lemma|has=balk|prep
0.90 lemma|has=ban|advcl 0.61 lemma|has=ban|dobj 0.52 lemma|has=bar|dobj 0.69
lemma|has=base|dobj -0.32 lemma|has=base|prep -0.35 lemma|has=bash|dobj 1.11 lemma|has=bash|prep
0.34 lemma|has=battle|dobj -0.63 lemma|has=battle|prep 0.52 lemma|has=bear|dobj 0.81
lemma|has=bear|prep -0.68 lemma|has=beat|dobj -0.44 lemma|has=beat|prep -0.69
lemma|has=become|advcl 0.54 lemma|has=become|ccomp 0.45 lemma|has=become|prep -0.68
lemma|has=become|xcomp -0.60 lemma|has=begin|advcl 0.31 lemma|has=begin|dobj 0.65
lemma|has=begin|prep 0.39 lemma|has=believe|ccomp -0.52 lemma|has=belong|prep -0.38
lemma|has=benefit|prep -0.66 lemma|has=best|dobj -0.71 lemma|has=betray|dobj 0.46
lemma|has=be|advcl 0.93 lemma|has=be|ccomp -0.99 lemma|has=be|prep -0.42 lemma|has=bind|prep
-0.30 lemma|has=blame|advcl -1.21 lemma|has=blame|dobj 1.87 lemma|has=blame|prep 0.48
lemma|has=blast|dobj 1.89 lemma|has=block|dobj 0.51 lemma|has=blow|dobj -0.39
lemma|has=blow|prep -0.40 lemma|has=boast|ccomp 0.49 lemma|has=boast|dobj -1.55
lemma|has=boast|prep 1.40 lemma|has=bolster|dobj -0.58 lemma|has=bomb|dobj -0.41
lemma|has=boost|dobj -0.36 lemma|has=boo|prep 0.63 lemma|has=bother|dobj 0.74
lemma|has=bother|xcomp -0.31 lemma|has=boycott|dobj 0.44 lemma|has=brag|prep 0.59
lemma|has=break|ccomp 1.03 lemma|has=break|dobj -0.33 lemma|has=break|prep -0.82
lemma|has=break|prt 1.30 lemma|has=bring|advcl 0.91 lemma|has=bring|dative -0.39
lemma|has=bring|dobj -0.58 lemma|has=broadcast|dobj 1.04 lemma|has=broaden|dobj -0.35
lemma|has=broker|dobj -0.44 lemma|has=brush|dobj 0.44 lemma|has=brush|prt 1.07
lemma|has=buck|dobj -0.44 lemma|has=build|advcl -0.37 lemma|has=build|dobj -1.49
lemma|has=build|prt 0.78 lemma|has=burn|dobj -0.47 lemma|has=bury|prep -0.39 lemma|has=buy|prep
-0.92 lemma|has=bypass|dobj -0.36 lemma|has=call|advcl 0.45 lemma|has=call|ccomp -0.93
lemma|has=call|dobj 0.48 lemma|has=call|prt -0.38 lemma|has=cancel|dobj -0.64
lemma|has=cancel|prep -0.49 lemma|has=capitalize|prep -0.57 lemma|has=capture|agent 0.60
lemma|has=capture|dobj -1.03 lemma|has=capture|prep -0.66 lemma|has=cap|dobj -0.36
lemma|has=cap|prep -0.30 lemma|has=care|advcl -0.34 lemma|has=care|ccomp -0.32
lemma|has=care|dobj 1.33 lemma|has=carry|advcl -0.34 lemma|has=carry|dobj -0.64
lemma|has=carry|prep -1.07 lemma|has=carry|prt -0.53 lemma|has=cast|advcl 0.45
lemma|has=cast|prep 1.34 lemma|has=catch|advcl -0.54 lemma|has=catch|dobj -0.94
lemma|has=catch|prep -0.38 lemma|has=catch|prt 0.35 lemma|has=caucus|prep -0.69
lemma|has=cause|advcl -0.30 lemma|has=cause|ccomp -0.71 lemma|has=cause|dobj -0.36
lemma|has=cause|prep 0.34 lemma|has=caution|ccomp 0.66 lemma|has=caution|prep 0.68
lemma|has=celebrate|dobj -0.42 lemma|has=chair|dobj -0.67 lemma|has=challenge|dobj 0.53
lemma|has=challenge|xcomp 0.35 lemma|has=champion|dobj 0.34 lemma|has=champion|prep -0.33
lemma|has=change|ccomp 0.70 lemma|has=change|dobj -0.49 lemma|has=change|prep 0.35
lemma|has=chant|advcl 0.85 lemma|has=chant|dobj 0.65 lemma|has=characterize|dobj 0.77
lemma|has=characterize|prep 0.56 lemma|has=charge|advcl -0.46 lemma|has=charge|ccomp 0.82
lemma|has=charge|prep 0.48 lemma|has=check|dobj -0.66 lemma|has=check|prep 0.34
lemma|has=check|prt 0.45 lemma|has=cheer|advcl -0.34 lemma|has=cheer|dobj 0.69
lemma|has=cheer|prep 1.20 lemma|has=chide|dobj 1.54 lemma|has=chide|prep 0.91
lemma|has=choose|dobj 0.35 lemma|has=choose|prep -0.61 lemma|has=choose|xcomp 0.79
lemma|has=circulate|dobj 0.80 lemma|has=circulate|prep 0.31 lemma|has=cite|advcl -0.82
lemma|has=cite|ccomp -0.36 lemma|has=cite|dobj 1.72 lemma|has=cite|prep 0.70
lemma|has=claim|dobj -0.55 lemma|has=claim|prep 0.84 lemma|has=clarify|dobj 1.24
lemma|has=classify|prep -0.30 lemma|has=clear|dobj -0.50 lemma|has=climb|prep -0.51
lemma|has=clinch|dobj -0.78 lemma|has=clinch|prep -0.30 lemma|has=close|advcl -0.43
lemma|has=close|prt -0.36 lemma|has=coalesce|prep -0.38 lemma|has=coin|dobj 0.46
lemma|has=collapse|prep -0.33 lemma|has=collect|dobj -0.67 lemma|has=collect|prep -0.50
lemma|has=combat|dobj -0.47 lemma|has=combine|prep -0.31 lemma|has=come|advcl 0.36
lemma|has=come|ccomp 0.95 lemma|has=come|prt 0.51 lemma|has=comment|prep 1.38
lemma|has=commit|advcl -0.59 lemma|has=commit|agent -0.56 lemma|has=commit|prep -0.44
lemma|has=communicate|dobj -0.33 lemma|has=compare|dobj 0.48 lemma|has=compare|prep -0.37
lemma|has=compete|prep -0.65 lemma|has=compile|dobj 0.48 lemma|has=complain|prep 0.91
lemma|has=complete|dobj -0.31 lemma|has=complicate|dobj -0.56 lemma|has=comprise|dobj -0.33
lemma|has=concede|ccomp 1.17 lemma|has=concern|dobj 0.42 lemma|has=conclude|advcl 0.41
lemma|has=conclude|ccomp 0.40 lemma|has=condemn|dobj 0.40 lemma|has=conduct|advcl -0.41
lemma|has=conduct|agent -0.35 lemma|has=conduct|prep -0.79 lemma|has=confirm|ccomp -0.33
lemma|has=confirm|prep -0.44 lemma|has=conflict|prep -0.36 lemma|has=confront|advcl 0.94
lemma|has=congratulate|dobj 1.08 lemma|has=congratulate|prep -0.70 lemma|has=consider|advcl
-0.68 lemma|has=consider|ccomp -0.36 lemma|has=consider|xcomp -0.70 lemma|has=consult|prep -0.37
lemma|has=contain|prep -0.36 lemma|has=contemplate|dobj 0.42 lemma|has=contend|ccomp 1.03
lemma|has=contest|dobj 0.43 lemma|has=continue|ccomp 1.65 lemma|has=continue|dobj -0.55
lemma|has=continue|prep -0.66 lemma|has=continue|xcomp -0.57 lemma|has=contrast|dobj 0.68
lemma|has=contrast|prep 0.53 lemma|has=contribute|dobj -0.43 lemma|has=contribute|prep -0.45
lemma|has=control|dobj -0.70 lemma|has=convert|dobj -0.31 lemma|has=convert|prep -0.63
lemma|has=convict|prep 0.72 lemma|has=convince|ccomp 0.60 lemma|has=convince|dobj 1.02
lemma|has=coordinate|prep -0.37 lemma|has=cost|dobj -0.85 lemma|has=count|dobj 1.15
lemma|has=count|prep 1.37 lemma|has=count|prt -0.73 lemma|has=court|dobj -0.42
lemma|has=cover|prep 0.53 lemma|has=cover|prt -0.39 lemma|has=crack|dobj 0.42
lemma|has=crack|prep 0.31 lemma|has=crack|prt -0.40 lemma|has=craft|dobj 0.56
lemma|has=create|advcl 0.50 lemma|has=create|dobj -0.80 lemma|has=create|prep 0.32
lemma|has=credit|dobj 1.25 lemma|has=credit|prep 0.46 lemma|has=crisscross|dobj -0.55
lemma|has=criticize|agent 0.74 lemma|has=criticize|dobj 0.85 lemma|has=criticize|prep 0.82
lemma|has=cross|dobj -0.75 lemma|has=crush|dobj -0.51 lemma|has=crush|prep -0.38
lemma|has=curb|dobj -0.46 lemma|has=cut|ccomp 0.36 lemma|has=cut|prep -0.30
lemma|has=damage|dobj -0.59 lemma|has=date|prep -0.40 lemma|has=deal|dobj -0.39
lemma|has=debate|advcl 0.34 lemma|has=debate|dobj -0.72 lemma|has=debate|prep 0.63
lemma|has=decide|agent -0.43 lemma|has=decide|dobj 0.39 lemma|has=decide|xcomp 0.64
lemma|has=decline|dobj 0.64 lemma|has=decline|prep -0.40 lemma|has=decline|xcomp 1.44
lemma|has=decry|dobj 1.14 lemma|has=dedicate|prep 0.43 lemma|has=deem|advcl -0.58
lemma|has=deem|dobj 0.52 lemma|has=deem|prep 0.30 lemma|has=defeat|dobj -1.09
lemma|has=defend|advcl 0.38 lemma|has=defend|dobj 1.10 lemma|has=define|dobj -0.78
lemma|has=deflect|dobj 0.98 lemma|has=deliver|advcl -0.37 lemma|has=deliver|dobj 0.83
lemma|has=demand|dobj 1.04 lemma|has=demonstrate|ccomp 0.56 lemma|has=demonstrate|dobj -0.52
lemma|has=demonstrate|prep -0.73 lemma|has=denounce|dobj 1.48 lemma|has=denounce|prep 0.93
lemma|has=dent|dobj -0.38 lemma|has=deny|ccomp 0.46 lemma|has=depend|prep -0.50
lemma|has=deploy|dobj -0.48 lemma|has=deploy|prep -0.38 lemma|has=deport|dobj -0.43
lemma|has=deprive|dobj -0.68 lemma|has=descend|prep -0.54 lemma|has=describe|ccomp 0.73
lemma|has=describe|dobj 0.67 lemma|has=deserve|dobj -0.78 lemma|has=deserve|prep -0.42
lemma|has=deserve|xcomp 0.41 lemma|has=design|xcomp 0.51 lemma|has=destroy|dobj -0.79
lemma|has=detail|dobj 1.43 lemma|has=detail|prep -0.99 lemma|has=detain|prep -0.43
lemma|has=detect|dobj -0.31 lemma|has=determine|ccomp 0.44 lemma|has=determine|dobj -0.53
lemma|has=deter|dobj 0.43 lemma|has=develop|dobj -0.63 lemma|has=devote|prep 0.65
lemma|has=dictate|dobj -0.46 lemma|has=die|prep -0.63 lemma|has=differ|prep 0.48
lemma|has=dig|dobj -0.36 lemma|has=diminish|dobj -0.47 lemma|has=dip|prep -0.45
lemma|has=direct|dobj -1.05 lemma|has=disagree|prep 1.55 lemma|has=disavow|dobj 0.98
lemma|has=disclose|dobj 0.93 lemma|has=disclose|prep 0.34 lemma|has=discover|dobj -0.91
lemma|has=discover|prep -0.31 lemma|has=discriminate|prep -0.31 lemma|has=discuss|advcl -1.37
lemma|has=discuss|ccomp 0.97 lemma|has=discuss|dobj 1.36 lemma|has=discuss|prep 0.55
lemma|has=dislike|dobj 0.46 lemma|has=dismantle|dobj -0.54 lemma|has=dismiss|advcl -0.30
lemma|has=dismiss|dobj 1.21 lemma|has=disparage|dobj 0.56 lemma|has=dispatch|dobj -0.66
lemma|has=dispatch|prep -0.39 lemma|has=display|dobj 0.68 lemma|has=display|prep 0.62
lemma|has=dispute|dobj 0.86 lemma|has=disrupt|dobj -0.47 lemma|has=distance|dobj 0.40
lemma|has=distance|prep 0.48 lemma|has=distinguish|dobj 0.39 lemma|has=distinguish|prep 0.39
lemma|has=distribute|dobj 0.65 lemma|has=distribute|prep -0.49 lemma|has=divert|dobj -0.35
lemma|has=divide|dobj -1.15 lemma|has=divide|prep 0.64 lemma|has=dole|prt -0.31
lemma|has=dominate|agent -0.34 lemma|has=dominate|dobj -0.71 lemma|has=dominate|prep -0.43
lemma|has=donate|dobj -0.52 lemma|has=donate|prep -0.59 lemma|has=double|dobj -0.51
lemma|has=double|prt 0.48 lemma|has=doubt|ccomp 0.73 lemma|has=downplay|dobj 0.57
lemma|has=do|advcl 1.07 lemma|has=do|ccomp -0.76 lemma|has=do|dobj -0.73 lemma|has=do|prep 0.30
lemma|has=do|xcomp 1.38 lemma|has=draft|dobj 0.56 lemma|has=draw|advcl 0.79 lemma|has=draw|dobj
0.51 lemma|has=draw|prep -1.09 lemma|has=dress|prt 0.47 lemma|has=drive|agent -0.46
lemma|has=drop|dobj 0.83 lemma|has=drop|prep -1.44 lemma|has=drop|prt -0.43 lemma|has=dub|dobj
1.11 lemma|has=dump|dobj 0.41 lemma|has=dwell|prep 0.93 lemma|has=earn|dative 0.61
lemma|has=earn|dobj -0.69 lemma|has=earn|prep -0.66 lemma|has=ease|dobj -0.54 lemma|has=eat|dobj
-0.65 lemma|has=echo|advcl 0.62 lemma|has=echo|agent 0.49 lemma|has=echo|dobj -0.45
lemma|has=edit|agent -0.36 lemma|has=elect|dobj 0.55 lemma|has=eliminate|prep -0.63
lemma|has=email|dobj 1.27 lemma|has=embarrass|dobj 0.43 lemma|has=embody|dobj -0.34
lemma|has=embrace|advcl 0.33 lemma|has=embrace|prep 0.32 lemma|has=emerge|prep -0.42
lemma|has=emphasize|dobj 0.68 lemma|has=emphasize|prep 0.72 lemma|has=empower|advcl 0.73
lemma|has=enable|dobj -0.57 lemma|has=enable|xcomp -0.40 lemma|has=encounter|dobj -0.64
lemma|has=encourage|advcl -1.14 lemma|has=endorse|agent 0.88 lemma|has=endorse|dobj 0.47
lemma|has=endure|prep -0.46 lemma|has=end|dobj 0.78 lemma|has=end|prep -1.01
lemma|has=energize|dobj -0.52 lemma|has=engage|dobj -0.44 lemma|has=engineer|dobj -0.38
lemma|has=ensure|ccomp -0.98 lemma|has=enter|dobj -0.92 lemma|has=envision|advcl 0.37
lemma|has=erupt|advcl -0.80 lemma|has=erupt|prep 0.37 lemma|has=escape|dobj 0.44
lemma|has=establish|advcl -0.40 lemma|has=establish|prep 0.58 lemma|has=estimate|ccomp 0.55
lemma|has=estimate|prep 0.53 lemma|has=exceed|dobj -0.70 lemma|has=excite|dobj 0.32
lemma|has=execute|dobj -0.58 lemma|has=execute|prep -0.44 lemma|has=exist|prep -0.45
lemma|has=exit|dobj -0.68 lemma|has=expand|advcl 0.56 lemma|has=expand|dobj -0.79
lemma|has=expand|prep 0.38 lemma|has=expect|ccomp -0.43 lemma|has=expect|prep 0.68
lemma|has=expect|xcomp 0.69 lemma|has=experience|dobj 0.57 lemma|has=expire|prep -0.40
lemma|has=explain|advcl 0.60 lemma|has=explain|ccomp 0.68 lemma|has=exploit|dobj 0.72
lemma|has=explore|dobj 0.82 lemma|has=expose|dobj 0.94 lemma|has=expose|prep -0.34
lemma|has=express|advcl 0.61 lemma|has=express|dobj 1.68 lemma|has=express|prep 0.95
lemma|has=extend|dobj -0.82 lemma|has=face|advcl -0.69 lemma|has=face|dobj -0.72
lemma|has=facilitate|dobj -0.32 lemma|has=fail|advcl -0.68 lemma|has=fail|prep 0.40
lemma|has=fall|advcl -0.35 lemma|has=fan|dobj -0.38 lemma|has=fan|prep -0.51 lemma|has=fare|prep
-0.45 lemma|has=favor|agent 0.85 lemma|has=favor|prep 0.78 lemma|has=favor|xcomp -1.21
lemma|has=fear|ccomp 0.93 lemma|has=fear|dobj 0.55 lemma|has=fear|prep 0.44
lemma|has=feature|dobj -1.15 lemma|has=feature|prep 0.56 lemma|has=feel|ccomp -0.49
lemma|has=fight|advcl 0.62 lemma|has=fight|dobj -0.59 lemma|has=fight|prt -0.36
lemma|has=fight|xcomp -0.58 lemma|has=figure|prep -0.57 lemma|has=file|advcl -0.49
lemma|has=file|dobj 0.90 lemma|has=fill|dobj -0.81 lemma|has=finance|dobj -0.48
lemma|has=find|dobj -1.19 lemma|has=find|xcomp -0.51 lemma|has=finish|prep -0.64
lemma|has=fire|advcl 0.78 lemma|has=fire|dobj -0.32 lemma|has=fire|prep -0.69 lemma|has=fire|prt
0.84 lemma|has=fit|dobj -0.33 lemma|has=fix|dobj -0.61 lemma|has=flee|dobj -0.63
lemma|has=flee|prep -0.41 lemma|has=flip|dobj -0.64 lemma|has=flood|dobj -0.33
lemma|has=flood|prep -0.34 lemma|has=flow|prep -0.40 lemma|has=fly|advcl 0.50 lemma|has=fly|prep
-0.47 lemma|has=focus|dobj -0.95 lemma|has=focus|prep 0.66 lemma|has=follow|agent -1.02
lemma|has=follow|dobj -0.45 lemma|has=follow|prt 0.74 lemma|has=force|dobj -0.34
lemma|has=force|prep -0.45 lemma|has=force|xcomp -0.61 lemma|has=forget|dobj -0.84
lemma|has=forge|dobj -0.45 lemma|has=form|advcl -0.40 lemma|has=form|dobj -0.77
lemma|has=form|prep -0.35 lemma|has=foster|dobj -0.32 lemma|has=found|agent -0.36
lemma|has=found|dobj -0.72 lemma|has=found|prep -0.34 lemma|has=frame|dobj 0.31
lemma|has=frame|prep 0.44 lemma|has=freeze|prep -0.37 lemma|has=free|dobj -0.67
lemma|has=fuel|agent -0.35 lemma|has=fuel|prep -0.42 lemma|has=fulfill|dobj -0.34
lemma|has=fund|agent -0.39 lemma|has=fund|dobj -0.54 lemma|has=funnel|dobj -0.32
lemma|has=further|dobj -0.40 lemma|has=gain|dobj -0.52 lemma|has=gain|prep -0.32
lemma|has=galvanize|dobj -0.46 lemma|has=garner|dobj -0.72 lemma|has=garner|prep -0.37
lemma|has=gather|advcl -0.40 lemma|has=gather|dobj -0.31 lemma|has=gather|prep -0.61
lemma|has=generate|dobj -0.31 lemma|has=generate|prep -0.55 lemma|has=get|ccomp -1.18
lemma|has=get|dobj -0.66 lemma|has=get|prt -0.49 lemma|has=get|xcomp -0.96 lemma|has=give|dative
-0.53 lemma|has=give|prep 0.58 lemma|has=govern|dobj 0.36 lemma|has=go|ccomp -0.51
lemma|has=go|prt 1.37 lemma|has=go|xcomp -1.16 lemma|has=graduate|prep -0.56
lemma|has=grant|dative -0.39 lemma|has=grant|dobj 0.51 lemma|has=greet|dobj -0.67
lemma|has=greet|prep -0.35 lemma|has=grow|advcl -0.71 lemma|has=grow|dobj -0.40
lemma|has=grow|prep -1.09 lemma|has=grow|prt -0.48 lemma|has=guarantee|ccomp -0.64
lemma|has=guess|ccomp 1.10 lemma|has=guide|dobj -0.45 lemma|has=hack|dobj -0.32
lemma|has=hack|prep -0.34 lemma|has=hail|dobj 0.69 lemma|has=hammer|dobj 1.05
lemma|has=handle|dobj -0.73 lemma|has=hand|dative -0.41 lemma|has=hand|prep -0.47
lemma|has=hand|prt 0.65 lemma|has=hang|prt -0.54 lemma|has=happen|prep -0.72 lemma|has=harm|dobj
-0.33 lemma|has=hate|dobj 0.88 lemma|has=hat|dobj 0.49 lemma|has=have|ccomp -0.75
lemma|has=have|prep -0.37 lemma|has=have|xcomp 0.38 lemma|has=head|prep -0.76
lemma|has=hear|advcl 1.22 lemma|has=hear|ccomp 0.46 lemma|has=help|advcl 0.64
lemma|has=help|ccomp -1.63 lemma|has=help|dobj -0.97 lemma|has=help|prep -0.59
lemma|has=help|xcomp -0.51 lemma|has=hide|dobj -0.34 lemma|has=highlight|advcl 0.56
lemma|has=highlight|dobj 0.94 lemma|has=highlight|prep 1.10 lemma|has=hint|prep 0.36
lemma|has=hire|advcl 1.07 lemma|has=hire|xcomp 0.32 lemma|has=hit|dobj 0.34 lemma|has=hit|prep
1.08 lemma|has=hold|agent -0.75 lemma|has=hold|ccomp 0.53 lemma|has=hold|prt 0.96
lemma|has=hone|dobj 0.85 lemma|has=honor|dobj -0.34 lemma|has=honor|prep -0.32
lemma|has=hop|xcomp 1.04 lemma|has=host|agent -0.31 lemma|has=host|dobj -0.85
lemma|has=host|prep -0.47 lemma|has=huddle|prep -0.58 lemma|has=hurt|dobj -0.68
lemma|has=identify|dobj 0.71 lemma|has=identify|prep 0.43 lemma|has=ignore|advcl -0.51
lemma|has=ignore|dobj -0.38 lemma|has=ignore|prep 0.37 lemma|has=illustrate|dobj 0.37
lemma|has=imagine|ccomp 0.47 lemma|has=imagine|dobj -0.34 lemma|has=imply|ccomp 1.02
lemma|has=impose|advcl 0.71 lemma|has=impose|dobj -0.66 lemma|has=improve|dobj -0.51
lemma|has=improve|prep -0.45 lemma|has=incite|dobj -0.45 lemma|has=include|advcl 0.88
lemma|has=include|ccomp -0.32 lemma|has=include|xcomp 0.53 lemma|has=increase|advcl -0.49
lemma|has=increase|dobj -0.50 lemma|has=increase|prep -0.32 lemma|has=indicate|ccomp 1.10
lemma|has=indicate|prep 0.69 lemma|has=influence|agent -0.36 lemma|has=influence|dobj -0.32
lemma|has=inform|dobj 0.63 lemma|has=inform|prep 1.13 lemma|has=inject|dobj -0.44
lemma|has=inject|prep -0.30 lemma|has=insert|dobj 0.45 lemma|has=insert|prep -0.57
lemma|has=insist|ccomp 1.11 lemma|has=inspire|agent -0.32 lemma|has=inspire|dobj -0.50
lemma|has=instal|dobj -0.57 lemma|has=instruct|dobj -0.40 lemma|has=insult|dobj 0.57
lemma|has=intend|xcomp -0.95 lemma|has=intensify|prep -0.35 lemma|has=interpret|prep 0.38
lemma|has=interrupt|prep 0.30 lemma|has=intervene|prep -0.42 lemma|has=interview|agent 0.34
lemma|has=interview|dobj -0.42 lemma|has=interview|prep 0.32 lemma|has=introduce|dobj 0.31
lemma|has=introduce|prep 0.85 lemma|has=invest|prep -0.69 lemma|has=invite|dobj -1.00
lemma|has=invite|prep -0.35 lemma|has=invite|xcomp 0.33 lemma|has=invoke|dobj 0.60
lemma|has=involve|prep -0.64 lemma|has=involve|xcomp -0.42 lemma|has=issue|advcl -1.00
lemma|has=issue|agent -0.34 lemma|has=issue|dobj 1.45 lemma|has=join|advcl 0.96
lemma|has=join|agent -0.83 lemma|has=join|dobj -0.63 lemma|has=join|prep 0.48
lemma|has=joke|ccomp 1.05 lemma|has=judge|dobj 1.42 lemma|has=jump|advcl -0.54
lemma|has=justify|dobj 1.04 lemma|has=keep|advcl -0.62 lemma|has=keep|ccomp -0.47
lemma|has=keep|dobj -0.84 lemma|has=keep|xcomp 0.39 lemma|has=kick|prep -0.33 lemma|has=kick|prt
-0.48 lemma|has=kill|dobj -0.75 lemma|has=kill|prep -0.56 lemma|has=knock|dobj 0.65
lemma|has=knock|prep 0.43 lemma|has=knock|prt -0.78 lemma|has=know|ccomp -0.67
lemma|has=know|dobj -0.84 lemma|has=know|prep 0.51 lemma|has=label|dobj 0.55 lemma|has=lack|dobj
-0.69 lemma|has=lag|prep -0.54 lemma|has=lament|dobj 1.01 lemma|has=lash|prep 0.73
lemma|has=lash|prt 0.42 lemma|has=launch|advcl 0.42 lemma|has=launch|prep -0.67
lemma|has=lay|prt 0.94 lemma|has=lead|advcl 0.68 lemma|has=lead|agent -0.72 lemma|has=lead|ccomp
0.56 lemma|has=lead|dobj -0.32 lemma|has=lead|xcomp -0.64 lemma|has=leak|dobj -0.33
lemma|has=leak|prep -0.41 lemma|has=lean|dobj -0.88 lemma|has=lean|prep -0.39
lemma|has=learn|ccomp 0.46 lemma|has=learn|dobj -0.50 lemma|has=learn|prep 0.52
lemma|has=leave|dobj -0.74 lemma|has=leave|prep -0.53 lemma|has=leave|prt 0.54
lemma|has=leave|xcomp 0.32 lemma|has=let|ccomp -0.58 lemma|has=let|dobj 0.68
lemma|has=leverage|dobj -0.40 lemma|has=lie|dobj -0.39 lemma|has=liken|dobj 0.47
lemma|has=liken|prep 0.70 lemma|has=like|ccomp -0.47 lemma|has=like|xcomp 1.45
lemma|has=limit|prep -0.78 lemma|has=line|prep -0.40 lemma|has=line|prt 0.66 lemma|has=link|dobj
0.47 lemma|has=listen|advcl 0.70 lemma|has=listen|prep -0.88 lemma|has=list|dobj 1.48
lemma|has=live|advcl -0.31 lemma|has=live|dobj -0.31 lemma|has=live|prep -0.47
lemma|has=lobby|dobj -0.63 lemma|has=lock|dobj -0.55 lemma|has=lock|prt -0.48
lemma|has=look|ccomp -0.68 lemma|has=look|dobj -0.56 lemma|has=look|prt 0.91
lemma|has=look|xcomp 0.74 lemma|has=loom|prep -0.49 lemma|has=lose|dobj -1.07
lemma|has=lose|prep -0.64 lemma|has=love|advcl -0.36 lemma|has=love|prep 0.92
lemma|has=love|xcomp 1.01 lemma|has=lower|dobj -0.50 lemma|has=lure|dobj -0.40
lemma|has=maintain|advcl -0.38 lemma|has=maintain|ccomp 0.84 lemma|has=maintain|dobj -0.51
lemma|has=make|advcl -0.58 lemma|has=make|agent -1.13 lemma|has=make|ccomp -0.53
lemma|has=make|dobj 0.48 lemma|has=make|prt -1.10 lemma|has=make|xcomp -1.38
lemma|has=manage|advcl 0.49 lemma|has=manage|dobj -0.63 lemma|has=manage|prep -0.39
lemma|has=march|prep -0.67 lemma|has=mark|advcl -0.44 lemma|has=mark|dobj 0.32
lemma|has=mark|prep 0.74 lemma|has=marry|dobj -0.61 lemma|has=marry|prep -0.41
lemma|has=match|dobj -0.55 lemma|has=match|prep -0.34 lemma|has=matter|prep 0.33
lemma|has=mean|advcl -0.32 lemma|has=mean|ccomp -1.15 lemma|has=mean|dobj -0.32
lemma|has=mean|prep 0.72 lemma|has=measure|dobj -0.63 lemma|has=meet|advcl 0.32
lemma|has=meet|prep -0.52 lemma|has=mention|dobj 0.69 lemma|has=mention|prep 0.53
lemma|has=mire|prep -0.42 lemma|has=mishandle|dobj -0.43 lemma|has=miss|prep 0.34
lemma|has=mock|dobj 1.38 lemma|has=mock|prep -0.86 lemma|has=motivate|dobj -0.33
lemma|has=move|dobj -0.68 lemma|has=move|prep -0.93 lemma|has=move|xcomp 0.66
lemma|has=name|advcl 0.49 lemma|has=name|prep 0.73 lemma|has=narrow|dobj -0.37
lemma|has=navigate|dobj -0.57 lemma|has=need|advcl -0.88 lemma|has=need|dobj -1.27
lemma|has=need|xcomp -0.74 lemma|has=negotiate|dobj 0.45 lemma|has=negotiate|prep 1.12
lemma|has=nominate|agent 0.80 lemma|has=nominate|dobj 0.32 lemma|has=nominate|prep 0.79
lemma|has=note|ccomp 0.73 lemma|has=note|dobj 0.60 lemma|has=notice|dobj -0.99
lemma|has=notice|prep 0.69 lemma|has=observe|dobj -0.33 lemma|has=obtain|dobj -0.76
lemma|has=obtain|prep -0.35 lemma|has=occupy|dobj -0.76 lemma|has=occur|prep -0.48
lemma|has=offend|dobj 0.53 lemma|has=offer|advcl 0.36 lemma|has=offer|ccomp -0.53
lemma|has=offer|dative -0.47 lemma|has=offer|dobj 0.50 lemma|has=offer|prep -0.33
lemma|has=offset|dobj -0.43 lemma|has=open|advcl 0.40 lemma|has=open|dobj -1.61
lemma|has=open|prep 0.87 lemma|has=open|prt 0.52 lemma|has=oppose|agent 0.99 lemma|has=opt|prep
0.52 lemma|has=order|ccomp 0.54 lemma|has=order|dobj 0.74 lemma|has=order|prep 0.35
lemma|has=organize|dobj -0.49 lemma|has=organize|prep -0.43 lemma|has=originate|prep -0.32
lemma|has=outline|dobj 0.94 lemma|has=outline|prep -0.66 lemma|has=outnumber|dobj -0.66
lemma|has=overcome|dobj -0.37 lemma|has=overlook|dobj -0.39 lemma|has=oversee|dobj -0.66
lemma|has=overshadow|dobj -0.64 lemma|has=overtake|dobj -0.61 lemma|has=overthrow|dobj -0.33
lemma|has=owe|dobj -0.53 lemma|has=own|agent -0.40 lemma|has=own|dobj -0.69 lemma|has=pack|dobj
-0.45 lemma|has=paint|prep 0.70 lemma|has=participate|prep -0.59 lemma|has=pass|advcl -1.24
lemma|has=pass|dobj 0.30 lemma|has=pay|advcl -1.05 lemma|has=pay|ccomp -0.33
lemma|has=pay|dative 1.34 lemma|has=pay|prep 0.42 lemma|has=perceive|dobj 1.30
lemma|has=perform|dobj 0.61 lemma|has=perform|prep -0.78 lemma|has=perpetuate|dobj 0.63
lemma|has=persuade|dobj 0.68 lemma|has=persuade|prep 0.60 lemma|has=pick|dobj 0.68
lemma|has=pick|prep 0.31 lemma|has=pick|prt -0.44 lemma|has=pile|prep 0.37 lemma|has=pitch|dobj
0.84 lemma|has=pitch|prep 1.02 lemma|has=pit|dobj -0.39 lemma|has=pivot|prep 0.70
lemma|has=place|dobj 0.48 lemma|has=place|prep -0.79 lemma|has=plan|advcl 0.52
lemma|has=plan|prep 0.32 lemma|has=plan|xcomp 0.33 lemma|has=play|dobj -0.89 lemma|has=play|prep
0.50 lemma|has=play|prt 1.46 lemma|has=plead|prep 0.96 lemma|has=pledge|advcl 0.83
lemma|has=pledge|ccomp 0.96 lemma|has=pledge|dobj 0.64 lemma|has=pledge|xcomp 0.72
lemma|has=plot|xcomp 0.44 lemma|has=plummet|prep -0.39 lemma|has=point|advcl 0.51
lemma|has=point|dobj 0.49 lemma|has=point|prt 0.39 lemma|has=poise|prep -0.60
lemma|has=poll|prep 0.44 lemma|has=portray|dobj 0.79 lemma|has=portray|prep 0.42
lemma|has=pose|dobj -0.39 lemma|has=position|dobj 0.85 lemma|has=position|prep 0.45
lemma|has=position|xcomp -0.54 lemma|has=postpone|dobj -0.32 lemma|has=post|advcl -0.73
lemma|has=post|ccomp 1.05 lemma|has=post|dobj 0.31 lemma|has=pour|dobj -0.43 lemma|has=pour|prep
-0.55 lemma|has=practice|dobj -0.43 lemma|has=praise|advcl 0.42 lemma|has=praise|dobj 0.63
lemma|has=praise|prep -0.84 lemma|has=pray|prep -0.34 lemma|has=precede|dobj -0.48
lemma|has=predict|ccomp 0.59 lemma|has=prefer|dobj 0.69 lemma|has=prefer|prep -0.90
lemma|has=prefer|xcomp 0.73 lemma|has=prepare|dobj -0.69 lemma|has=prepare|xcomp -0.88
lemma|has=preserve|dobj -0.43 lemma|has=preside|prep -0.38 lemma|has=pressure|dobj 0.36
lemma|has=pressure|xcomp -0.72 lemma|has=prevail|prep -0.52 lemma|has=prioritize|dobj 0.35
lemma|has=produce|prep -0.36 lemma|has=prohibit|dobj 0.79 lemma|has=project|dobj -0.33
lemma|has=project|prep 0.63 lemma|has=promise|ccomp 0.59 lemma|has=promise|dobj 0.51
lemma|has=promise|prep 0.49 lemma|has=promise|xcomp 0.68 lemma|has=promote|advcl 0.46
lemma|has=promote|dobj 0.57 lemma|has=promote|prep -0.76 lemma|has=prompt|dobj -0.72
lemma|has=prompt|xcomp -0.71 lemma|has=propel|dobj -0.52 lemma|has=propose|ccomp 0.49
lemma|has=propose|dobj 1.03 lemma|has=prosecute|dobj 0.48 lemma|has=prosecute|prep 0.50
lemma|has=protect|dobj -0.77 lemma|has=protect|prep -0.35 lemma|has=protest|prep -0.79
lemma|has=prove|ccomp 0.49 lemma|has=prove|xcomp 1.15 lemma|has=provide|agent 0.98
lemma|has=provide|dobj -0.85 lemma|has=provide|prep -0.37 lemma|has=provoke|dobj -0.49
lemma|has=publish|dobj 1.25 lemma|has=publish|prep -1.06 lemma|has=pull|prt -0.39
lemma|has=punch|dobj -0.39 lemma|has=punch|prep -0.42 lemma|has=punish|dobj -0.34
lemma|has=punish|prep -0.48 lemma|has=purchase|prep 0.35 lemma|has=pursue|advcl -0.64
lemma|has=pursue|dobj 0.38 lemma|has=push|advcl 0.44 lemma|has=push|agent 0.37
lemma|has=push|dobj -0.31 lemma|has=put|advcl -0.95 lemma|has=put|agent 0.76 lemma|has=put|ccomp
-0.97 lemma|has=put|dobj -0.61 lemma|has=put|prep -0.82 lemma|has=question|advcl 0.47
lemma|has=question|ccomp 0.35 lemma|has=question|dobj 0.53 lemma|has=quit|dobj -0.43
lemma|has=quote|dobj 1.10 lemma|has=quote|prep 0.49 lemma|has=race|prep -0.38
lemma|has=rack|dobj -0.31 lemma|has=rack|prt -0.31 lemma|has=rail|prep 1.22
lemma|has=raise|advcl 0.42 lemma|has=raise|agent 0.59 lemma|has=raise|dobj -0.43
lemma|has=raise|prep -1.05 lemma|has=rally|dobj -0.38 lemma|has=rally|prep -0.57
lemma|has=ramp|dobj -0.31 lemma|has=ramp|prt -0.43 lemma|has=range|prep 0.65 lemma|has=rank|dobj
1.53 lemma|has=rattle|dobj 1.09 lemma|has=reach|agent -0.35 lemma|has=reach|dobj 1.06
lemma|has=reach|prep -0.81 lemma|has=read|advcl 0.49 lemma|has=read|ccomp 1.31
lemma|has=read|prep -1.08 lemma|has=reaffirm|dobj 0.42 lemma|has=realize|dobj -0.39
lemma|has=reap|dobj -0.48 lemma|has=rebound|prep -0.44 lemma|has=rebuild|dobj -0.47
lemma|has=rebuke|dobj 1.25 lemma|has=rebut|dobj 1.33 lemma|has=recall|advcl 0.88
lemma|has=recall|ccomp 0.46 lemma|has=receive|advcl -0.93 lemma|has=recite|dobj 1.41
lemma|has=reclaim|dobj -0.56 lemma|has=recognize|ccomp 0.33 lemma|has=recognize|dobj 0.61
lemma|has=recommend|ccomp 0.54 lemma|has=recommend|dobj 0.39 lemma|has=reconsider|dobj 0.44
lemma|has=record|dobj 0.47 lemma|has=recount|dobj 1.03 lemma|has=recruit|dobj -0.44
lemma|has=reduce|dobj -0.50 lemma|has=reduce|prep 0.39 lemma|has=reference|dobj 0.85
lemma|has=reference|prep 0.93 lemma|has=refer|advcl -0.70 lemma|has=refer|dobj -0.64
lemma|has=refer|prep 0.83 lemma|has=reflect|prep 0.91 lemma|has=reform|dobj -0.41
lemma|has=refuse|advcl -0.56 lemma|has=refuse|prep 0.68 lemma|has=refuse|xcomp 0.50
lemma|has=regard|prep 1.13 lemma|has=register|advcl 0.51 lemma|has=regret|xcomp -0.33
lemma|has=reinforce|dobj -0.34 lemma|has=reinstate|dobj 0.53 lemma|has=rein|prep -0.31
lemma|has=reiterate|ccomp 0.34 lemma|has=reiterate|dobj 1.02 lemma|has=reject|advcl 0.61
lemma|has=reject|agent 1.36 lemma|has=reject|prep 0.35 lemma|has=release|dobj 0.65
lemma|has=release|prep -0.31 lemma|has=relocate|prep -0.35 lemma|has=remain|prep -0.46
lemma|has=remain|xcomp -0.70 lemma|has=remark|ccomp 0.53 lemma|has=remark|prep 0.79
lemma|has=remember|advcl 0.40 lemma|has=remember|ccomp -0.85 lemma|has=remember|prep 0.72
lemma|has=remind|advcl 0.52 lemma|has=remind|ccomp -1.39 lemma|has=remind|dobj 0.89
lemma|has=remove|prep -0.33 lemma|has=render|dobj 0.37 lemma|has=renounce|dobj 0.70
lemma|has=rent|dobj -0.44 lemma|has=reopen|dobj -0.49 lemma|has=repeal|dobj -0.52
lemma|has=repeat|dobj 0.85 lemma|has=repeat|prep -0.55 lemma|has=replace|agent -0.34
lemma|has=reply|advcl 0.41 lemma|has=reply|prep -0.60 lemma|has=report|agent 0.72
lemma|has=report|ccomp 0.50 lemma|has=report|dobj 0.72 lemma|has=report|prep -0.87
lemma|has=report|xcomp 0.63 lemma|has=represent|agent -0.45 lemma|has=repudiate|dobj 1.10
lemma|has=request|prep 0.61 lemma|has=request|xcomp 0.62 lemma|has=require|agent -0.46
lemma|has=require|ccomp 0.62 lemma|has=require|dobj -0.86 lemma|has=require|xcomp 0.70
lemma|has=resemble|dobj -0.35 lemma|has=reserve|prep -0.50 lemma|has=resign|advcl -0.47
lemma|has=resolve|dobj -0.39 lemma|has=resonate|advcl 0.45 lemma|has=respect|dobj -0.46
lemma|has=respond|ccomp 1.22 lemma|has=restore|dobj -0.39 lemma|has=restrict|dobj 0.82
lemma|has=restrict|prep -0.97 lemma|has=rest|prep -0.53 lemma|has=result|prep -0.62
lemma|has=retain|dobj -0.56 lemma|has=retire|prep -0.40 lemma|has=return|advcl 0.31
lemma|has=return|dobj -0.35 lemma|has=return|prep -0.72 lemma|has=retweete|dobj 1.15
lemma|has=reveal|prep -0.98 lemma|has=reverse|prep 0.61 lemma|has=review|prep -0.42
lemma|has=revise|dobj 0.47 lemma|has=revisit|dobj 0.35 lemma|has=revive|dobj -0.35
lemma|has=rip|dobj 0.73 lemma|has=rip|prep 0.60 lemma|has=rip|prt -0.56 lemma|has=rise|advcl
0.81 lemma|has=risk|xcomp -0.32 lemma|has=roll|advcl 0.35 lemma|has=roll|dobj 0.32
lemma|has=roll|prt 0.40 lemma|has=round|dobj -0.39 lemma|has=round|prt -0.34
lemma|has=rouse|dobj -0.36 lemma|has=rub|dobj -0.60 lemma|has=rule|ccomp -0.34
lemma|has=rule|dobj 0.33 lemma|has=run|advcl 0.65 lemma|has=run|dobj 0.54 lemma|has=run|prep
-0.95 lemma|has=rush|advcl -0.59 lemma|has=rush|dobj 0.30 lemma|has=rush|prep -0.53
lemma|has=savage|dobj 1.01 lemma|has=save|dobj -0.68 lemma|has=say|ccomp -0.47
lemma|has=say|dobj -1.53 lemma|has=say|xcomp -1.03 lemma|has=schedule|dobj -0.32
lemma|has=schedule|prep -0.70 lemma|has=score|advcl -0.37 lemma|has=score|dobj -0.79
lemma|has=score|prep -0.41 lemma|has=scramble|dobj -0.40 lemma|has=scramble|xcomp 0.38
lemma|has=screw|dobj -0.33 lemma|has=seal|dobj -0.45 lemma|has=search|dobj -0.36
lemma|has=search|prep -0.54 lemma|has=secure|dobj -0.96 lemma|has=seek|prt -0.80
lemma|has=seem|ccomp -0.38 lemma|has=see|advcl 0.32 lemma|has=see|agent 0.95 lemma|has=see|ccomp
-0.47 lemma|has=see|dobj 0.49 lemma|has=see|xcomp -0.59 lemma|has=seize|advcl -1.24
lemma|has=seize|dobj -0.71 lemma|has=seize|prep 0.63 lemma|has=select|prep -0.48
lemma|has=send|advcl 0.87 lemma|has=send|prt 0.70 lemma|has=sense|ccomp 0.69
lemma|has=separate|dobj -0.49 lemma|has=separate|prep -0.41 lemma|has=serve|advcl 0.42
lemma|has=serve|prep -1.11 lemma|has=settle|dobj -0.31 lemma|has=set|agent 0.60
lemma|has=set|dobj -0.58 lemma|has=set|prep -0.84 lemma|has=set|prt -0.61 lemma|has=set|xcomp
-0.48 lemma|has=shake|advcl -0.61 lemma|has=shake|dobj -0.63 lemma|has=shake|prt -0.40
lemma|has=shape|dobj -0.60 lemma|has=share|agent 0.47 lemma|has=share|ccomp 0.87
lemma|has=shoot|advcl 0.73 lemma|has=shoot|agent -0.39 lemma|has=shoot|ccomp 0.81
lemma|has=shoot|dobj -1.41 lemma|has=shoot|prt -0.58 lemma|has=shout|prep 0.41
lemma|has=showcase|dobj -0.43 lemma|has=show|dative -0.88 lemma|has=show|prt -0.39
lemma|has=show|xcomp 1.46 lemma|has=shrug|dobj 0.53 lemma|has=shrug|prt 0.53 lemma|has=shut|dobj
0.53 lemma|has=shut|prep 0.31 lemma|has=side|prep 0.56 lemma|has=signal|ccomp 0.86
lemma|has=signal|dobj 0.76 lemma|has=signal|prep -0.66 lemma|has=sign|dobj -0.34
lemma|has=sign|prt -0.76 lemma|has=single|dobj 0.58 lemma|has=single|prt 0.77
lemma|has=sink|dobj 0.34 lemma|has=sink|prep 0.31 lemma|has=skew|prep -0.31 lemma|has=skip|dobj
-0.59 lemma|has=slam|dobj 1.89 lemma|has=slam|prep -0.40 lemma|has=slash|dobj 0.71
lemma|has=slat|xcomp -0.69 lemma|has=slip|prep -0.60 lemma|has=slow|dobj -0.33
lemma|has=solidify|dobj -0.56 lemma|has=solidify|prep -0.50 lemma|has=solve|dobj -0.40
lemma|has=sound|advcl -0.61 lemma|has=sound|dobj 0.47 lemma|has=sound|prep 0.67
lemma|has=spar|prep 0.80 lemma|has=speak|advcl 0.70 lemma|has=speak|ccomp -0.78
lemma|has=speak|dobj -0.54 lemma|has=speak|prep 0.49 lemma|has=speak|prt 1.00
lemma|has=speculate|ccomp 0.43 lemma|has=speculate|prep 0.87 lemma|has=spend|advcl -0.57
lemma|has=spend|ccomp -1.14 lemma|has=spend|dobj 0.32 lemma|has=spend|xcomp 0.48
lemma|has=split|dobj -0.61 lemma|has=spread|dobj 0.76 lemma|has=stack|prep -0.50
lemma|has=stake|prep -0.48 lemma|has=stand|dobj -0.41 lemma|has=stand|prep 0.90
lemma|has=stand|prt -0.76 lemma|has=start|dobj 0.66 lemma|has=start|prt 0.75
lemma|has=start|xcomp 0.82 lemma|has=star|dobj -0.30 lemma|has=star|prep -0.30
lemma|has=state|advcl 0.55 lemma|has=state|ccomp 0.60 lemma|has=state|dobj 1.05
lemma|has=stay|advcl 0.46 lemma|has=steal|dobj -0.49 lemma|has=steer|dobj -0.37
lemma|has=stem|dobj 0.43 lemma|has=stem|prep 0.55 lemma|has=step|advcl 0.50 lemma|has=step|prep
-0.47 lemma|has=step|prt -0.45 lemma|has=stick|dobj -0.37 lemma|has=stir|dobj -0.80
lemma|has=stir|prep -0.38 lemma|has=stop|dobj -1.26 lemma|has=stop|prep -0.36
lemma|has=strengthen|dobj -0.46 lemma|has=strengthen|prep -0.35 lemma|has=stress|ccomp 0.63
lemma|has=stress|dobj 0.76 lemma|has=stretch|dobj -0.34 lemma|has=stretch|prep -0.49
lemma|has=strike|advcl -1.34 lemma|has=strike|prep 0.58 lemma|has=strike|prt 0.56
lemma|has=struggle|dobj -0.32 lemma|has=struggle|prep -0.87 lemma|has=struggle|xcomp 0.65
lemma|has=study|dobj -0.50 lemma|has=study|prep -0.35 lemma|has=subject|prep -0.38
lemma|has=submit|dobj 0.65 lemma|has=succeed|prep -0.50 lemma|has=sue|advcl -0.73
lemma|has=sue|dobj 0.80 lemma|has=sue|prep 0.53 lemma|has=suffer|dobj -0.63
lemma|has=suggest|advcl 1.09 lemma|has=suggest|ccomp 0.60 lemma|has=suggest|prep -0.31
lemma|has=summon|dobj -0.39 lemma|has=sum|prt 0.57 lemma|has=support|agent -0.60
lemma|has=support|ccomp -0.63 lemma|has=suppose|xcomp -0.77 lemma|has=surge|prep -0.75
lemma|has=surpass|dobj -0.57 lemma|has=surpass|prep -0.37 lemma|has=surprise|dobj 0.34
lemma|has=surround|dobj -0.52 lemma|has=survey|dobj -0.66 lemma|has=survey|prep -0.41
lemma|has=survive|dobj -0.62 lemma|has=survive|prep -0.40 lemma|has=suspect|ccomp 1.02
lemma|has=suspend|prep 0.65 lemma|has=sustain|dobj -0.36 lemma|has=sweep|dobj -0.68
lemma|has=sweep|prep -0.44 lemma|has=swing|prep 0.38 lemma|has=tackle|dobj -0.42
lemma|has=take|advcl -0.37 lemma|has=take|agent 0.43 lemma|has=take|ccomp -1.02
lemma|has=take|prep 0.36 lemma|has=take|prt -1.33 lemma|has=take|xcomp -1.15
lemma|has=talk|advcl -0.38 lemma|has=talk|prep 0.64 lemma|has=talk|prt 1.24 lemma|has=tamp|prt
0.43 lemma|has=tap|dobj -0.42 lemma|has=tap|prep -0.44 lemma|has=target|dobj 0.42
lemma|has=target|prep 0.35 lemma|has=tarnish|dobj 0.33 lemma|has=taunt|dobj 0.64
lemma|has=tax|dobj -0.36 lemma|has=teach|dobj -0.85 lemma|has=teach|prep -0.32
lemma|has=team|prt -0.53 lemma|has=tear|dobj -0.46 lemma|has=tear|prt -0.33 lemma|has=tell|advcl
0.75 lemma|has=tell|dative -0.81 lemma|has=tend|advcl -0.75 lemma|has=testify|prep 0.45
lemma|has=test|dobj -0.43 lemma|has=thank|prep 0.82 lemma|has=think|advcl -0.34
lemma|has=think|ccomp -0.69 lemma|has=think|dobj -0.36 lemma|has=think|xcomp -0.91
lemma|has=threaten|xcomp 1.44 lemma|has=throw|advcl 0.46 lemma|has=throw|dobj 0.60
lemma|has=throw|prep -0.59 lemma|has=thrust|dobj -0.39 lemma|has=thrust|prep -0.39
lemma|has=thwart|dobj -0.37 lemma|has=tick|prt 0.61 lemma|has=tie|dobj 1.27 lemma|has=tie|prep
-0.69 lemma|has=tighten|dobj -0.53 lemma|has=top|dobj -0.71 lemma|has=toss|prep 0.31
lemma|has=total|dobj -0.38 lemma|has=touch|dobj -0.97 lemma|has=touch|prep 0.72
lemma|has=tout|dobj 1.27 lemma|has=track|dobj -0.77 lemma|has=trade|dobj 0.59
lemma|has=trade|prep -0.77 lemma|has=trail|dobj -0.76 lemma|has=trail|prep -0.53
lemma|has=train|prep -0.41 lemma|has=transfer|dobj -0.30 lemma|has=transform|dobj -0.55
lemma|has=transform|prep -0.39 lemma|has=translate|prep -0.36 lemma|has=trash|dobj 0.47
lemma|has=trash|prep 0.55 lemma|has=travel|prep -0.76 lemma|has=treat|advcl 0.62
lemma|has=treat|dobj -0.64 lemma|has=trigger|dobj -0.57 lemma|has=trounce|prep -0.60
lemma|has=trump|dobj -0.49 lemma|has=trust|advcl 1.18 lemma|has=trust|dobj 0.31
lemma|has=trust|prep 0.32 lemma|has=trust|xcomp 0.38 lemma|has=try|advcl -0.77
lemma|has=try|ccomp -1.04 lemma|has=try|dobj -1.06 lemma|has=turn|advcl -0.64
lemma|has=turn|ccomp -0.43 lemma|has=turn|dobj 0.39 lemma|has=turn|prep 0.72 lemma|has=turn|prt
-0.62 lemma|has=tweet|dobj -0.53 lemma|has=tweet|prep 0.31 lemma|has=undercut|dobj -0.49
lemma|has=underestimate|dobj 0.51 lemma|has=undergo|dobj -0.36 lemma|has=undermine|dobj -0.58
lemma|has=underscore|dobj 0.76 lemma|has=underscore|prep 0.62 lemma|has=understand|advcl 0.68
lemma|has=understand|dobj 0.48 lemma|has=understand|prep 0.89 lemma|has=undo|dobj 0.43
lemma|has=unify|dobj -0.56 lemma|has=unite|dobj -0.91 lemma|has=unite|prep 0.63
lemma|has=unleash|advcl 0.33 lemma|has=unleash|prep -0.77 lemma|has=unveil|dobj 0.33
lemma|has=update|prep -0.33 lemma|has=update|xcomp -0.45 lemma|has=upend|dobj -0.56
lemma|has=urge|dobj 0.89 lemma|has=urge|xcomp -0.49 lemma|has=use|advcl 0.94 lemma|has=use|agent
-0.41 lemma|has=use|ccomp -0.48 lemma|has=usher|dobj -0.35 lemma|has=value|dobj -0.35
lemma|has=value|prep -0.30 lemma|has=veto|dobj 0.77 lemma|has=vet|dobj -0.38
lemma|has=view|agent -0.88 lemma|has=view|dobj 0.33 lemma|has=view|prep 0.60 lemma|has=vie|prep
0.51 lemma|has=vie|xcomp -0.85 lemma|has=violate|dobj -0.74 lemma|has=visit|dobj -0.72
lemma|has=voice|dobj 0.98 lemma|has=voice|prep 0.73 lemma|has=vote|advcl -0.53
lemma|has=vote|ccomp 0.39 lemma|has=vote|dobj -0.32 lemma|has=vote|prep 1.15
lemma|has=vote|xcomp 1.75 lemma|has=vouch|prep 1.15 lemma|has=vow|advcl 0.33 lemma|has=vow|prep
0.33 lemma|has=vow|xcomp 0.89 lemma|has=wait|advcl 0.38 lemma|has=wait|prep -0.67
lemma|has=wait|xcomp -0.36 lemma|has=walk|advcl 0.52 lemma|has=walk|dobj 0.88
lemma|has=walk|prep -1.41 lemma|has=want|prep 0.51 lemma|has=want|xcomp -0.33
lemma|has=warn|advcl 0.46 lemma|has=warn|ccomp 0.43 lemma|has=watch|advcl 0.85
lemma|has=watch|ccomp -0.59 lemma|has=wear|dobj -0.78 lemma|has=weigh|prep 0.56
lemma|has=weigh|prt 0.59 lemma|has=welcome|dobj 0.94 lemma|has=welcome|prep -0.68
lemma|has=widen|dobj -0.60 lemma|has=wind|prt -0.34 lemma|has=win|ccomp 1.50 lemma|has=win|prep
0.67 lemma|has=wipe|dobj -0.37 lemma|has=withdraw|dobj 1.19 lemma|has=withdraw|prep -0.63
lemma|has=withhold|dobj 0.81 lemma|has=withhold|prep -0.67 lemma|has=witness|dobj 0.83
lemma|has=wonder|ccomp 0.43 lemma|has=work|advcl 1.85 lemma|has=work|dobj -0.85
lemma|has=work|xcomp -0.59 lemma|has=worry|ccomp 0.90 lemma|has=worry|prep 0.43
lemma|has=wrap|dobj -0.38 lemma|has=wrest|dobj -0.42 lemma|has=write|agent -0.33
lemma|has=write|ccomp 0.63 lemma|has=write|dobj -0.86 lemma|has=write|prep -0.78
lemma|has=write|prt -0.43 lemma|has=write|xcomp -0.35 lemma|has=yield|dobj -0.44
lemma|has=yield|prep -0.44 lemma|has=zero|prep 0.39 lemma|has=zero|prt 0.39 lemma|has=―|ccomp
-0.48 lemma|has=―|dobj -0.50 lemma|has=’m|advcl 0.70 lemma|has=’m|ccomp 0.58 lemma|has=’re|advcl
-0.35 lemma|has=’re|ccomp -0.46 lemma|has=’re|prep -0.48 lemma|has=’|dobj -0.30 lemma|has=’|prep
0.36 lemma|prep=accept|from -1.14 lemma|prep=accept|in 0.40 lemma|prep=accord|to 1.41
lemma|prep=account|for -0.49 lemma|prep=acknowledge|in -0.56 lemma|prep=address|in -0.69
lemma|prep=add|in -0.85 lemma|prep=add|on 0.99 lemma|prep=add|to -1.85 lemma|prep=advise|on 0.39
lemma|prep=affiliate|with -0.39 lemma|prep=agree|in 1.04 lemma|prep=agree|on 0.40
lemma|prep=agree|to -0.48 lemma|prep=agree|with -0.35 lemma|prep=air|during -0.35
lemma|prep=air|on 0.49 lemma|prep=allude|to 0.60 lemma|prep=amount|to -0.48
lemma|prep=announce|in -0.36 lemma|prep=announce|on 0.68 lemma|prep=apologize|for 1.59
lemma|prep=appear|at -1.05 lemma|prep=appear|for 0.46 lemma|prep=appear|in -0.34
lemma|prep=appear|on -1.46 lemma|prep=appoint|to 0.59 lemma|prep=argue|at -0.41
lemma|prep=argue|for 0.67 lemma|prep=arm|with -0.36 lemma|prep=arrive|at -0.40
lemma|prep=ask|after 0.56 lemma|prep=ask|at 0.83 lemma|prep=ask|during 0.55 lemma|prep=ask|for
-0.35 lemma|prep=ask|in -0.31 lemma|prep=ask|on 0.43 lemma|prep=assure|of 0.34
lemma|prep=attack|for 0.71 lemma|prep=attack|in -0.80 lemma|prep=attract|to 0.35
lemma|prep=attribute|to 0.55 lemma|prep=back|in 0.81 lemma|prep=back|on -1.10 lemma|prep=balk|at
0.90 lemma|prep=ban|from -0.33 lemma|prep=battle|for -0.50 lemma|prep=bear|in -0.45
lemma|prep=beat|in -0.41 lemma|prep=become|since 0.70 lemma|prep=begin|after -0.70
lemma|prep=begin|by 1.22 lemma|prep=begin|in -0.69 lemma|prep=begin|with 0.78
lemma|prep=belong|to -0.34 lemma|prep=benefit|from -0.59 lemma|prep=be|at 1.20 lemma|prep=be|in
-0.66 lemma|prep=blame|for 0.63 lemma|prep=blast|for 0.42 lemma|prep=block|from -0.55
lemma|prep=boast|about 1.10 lemma|prep=boast|of 0.67 lemma|prep=boost|in 0.42
lemma|prep=brag|about 0.59 lemma|prep=break|with 0.43 lemma|prep=bring|for 0.76
lemma|prep=bring|from -0.33 lemma|prep=bring|in 0.40 lemma|prep=bring|into 0.43
lemma|prep=bring|on -0.48 lemma|prep=bring|to -0.40 lemma|prep=bring|with -0.30
lemma|prep=build|around 0.60 lemma|prep=buy|in -0.42 lemma|prep=call|after -1.19
lemma|prep=call|at 0.52 lemma|prep=call|for 1.23 lemma|prep=call|in 0.36 lemma|prep=call|into
0.35 lemma|prep=call|on 0.48 lemma|prep=call|with 0.65 lemma|prep=campaign|against 1.27
lemma|prep=campaign|as -0.37 lemma|prep=campaign|for 2.52 lemma|prep=campaign|in -1.05
lemma|prep=campaign|on -0.74 lemma|prep=campaign|with -0.92 lemma|prep=capitalize|on -0.57
lemma|prep=capture|in -0.31 lemma|prep=care|about 0.49 lemma|prep=carry|in -0.44
lemma|prep=cast|as 1.29 lemma|prep=cast|in -0.34 lemma|prep=cast|on 0.66 lemma|prep=catch|in
-0.44 lemma|prep=cause|in -0.32 lemma|prep=celebrate|in -0.76 lemma|prep=celebrate|on -0.96
lemma|prep=center|on 0.45 lemma|prep=challenge|for -0.72 lemma|prep=challenge|in -1.37
lemma|prep=challenge|over 0.32 lemma|prep=change|in -0.39 lemma|prep=characterize|as 0.38
lemma|prep=charge|with 1.50 lemma|prep=choose|as 0.66 lemma|prep=cite|as 1.11
lemma|prep=close|on 0.64 lemma|prep=come|after -0.47 lemma|prep=come|against 1.23
lemma|prep=come|as 0.68 lemma|prep=come|by -0.33 lemma|prep=come|during -0.32
lemma|prep=come|for 0.89 lemma|prep=come|in -0.66 lemma|prep=come|out -0.32 lemma|prep=come|over
0.80 lemma|prep=come|to -0.56 lemma|prep=come|under 1.00 lemma|prep=come|with 1.01
lemma|prep=comment|for -0.50 lemma|prep=comment|on 1.12 lemma|prep=commit|to 0.54
lemma|prep=compare|with -1.20 lemma|prep=compete|in -0.30 lemma|prep=complain|about 0.48
lemma|prep=conflict|with -0.36 lemma|prep=congratulate|for -0.33 lemma|prep=connect|with -0.43
lemma|prep=continue|in 1.16 lemma|prep=continue|on 1.24 lemma|prep=continue|with -0.50
lemma|prep=contribute|to -0.38 lemma|prep=convert|to -0.42 lemma|prep=coordinate|with -0.32
lemma|prep=cover|in -0.40 lemma|prep=crack|on -0.40 lemma|prep=create|for -0.31
lemma|prep=create|in 1.25 lemma|prep=criticize|for 0.75 lemma|prep=criticize|in -0.49
lemma|prep=crush|in -0.35 lemma|prep=cut|in -0.30 lemma|prep=cut|to 0.33 lemma|prep=debate|in
-0.65 lemma|prep=debate|on -0.31 lemma|prep=decide|in -0.84 lemma|prep=decide|on 0.36
lemma|prep=decline|in -0.50 lemma|prep=defeat|in -0.60 lemma|prep=defend|as 0.87
lemma|prep=defend|in -0.30 lemma|prep=defend|on 0.70 lemma|prep=deliver|at -0.76
lemma|prep=deliver|on -0.50 lemma|prep=deliver|to 0.64 lemma|prep=depend|on -0.49
lemma|prep=describe|as 0.85 lemma|prep=devote|to 0.65 lemma|prep=die|in -0.35
lemma|prep=direct|at 0.46 lemma|prep=disagree|with 0.43 lemma|prep=discuss|in -0.70
lemma|prep=dismiss|as 0.69 lemma|prep=dismiss|on -0.46 lemma|prep=distance|from 0.48
lemma|prep=distribute|to -0.43 lemma|prep=divide|in -0.47 lemma|prep=donate|to -0.50
lemma|prep=double|on 0.56 lemma|prep=do|for -0.32 lemma|prep=do|in 0.50 lemma|prep=do|like 1.76
lemma|prep=draft|in -0.38 lemma|prep=draw|from 0.63 lemma|prep=draw|in -1.30
lemma|prep=draw|into -0.39 lemma|prep=draw|on -0.88 lemma|prep=draw|to 0.59 lemma|prep=dress|in
-0.54 lemma|prep=drive|to 0.57 lemma|prep=drop|out -0.41 lemma|prep=dwell|on 0.93
lemma|prep=earn|in 0.39 lemma|prep=elect|in 0.33 lemma|prep=elect|to 0.73 lemma|prep=embrace|as
-0.33 lemma|prep=emerge|from -0.44 lemma|prep=endorse|at -0.38 lemma|prep=endorse|in 0.60
lemma|prep=endorse|on -0.37 lemma|prep=end|after -0.69 lemma|prep=end|at -0.36 lemma|prep=end|in
-0.77 lemma|prep=end|on 0.41 lemma|prep=end|with 0.40 lemma|prep=engage|in 0.49
lemma|prep=erupt|in -0.68 lemma|prep=expand|in -0.67 lemma|prep=expand|on 1.28
lemma|prep=expect|in 0.75 lemma|prep=explain|in 0.47 lemma|prep=explain|to -0.41
lemma|prep=express|in -0.45 lemma|prep=extend|to -0.45 lemma|prep=face|for 0.76
lemma|prep=face|from 0.83 lemma|prep=face|in -0.44 lemma|prep=fail|in -0.43 lemma|prep=fall|for
0.66 lemma|prep=fall|in -0.54 lemma|prep=fall|to -0.33 lemma|prep=fall|with 0.88
lemma|prep=favor|in -0.55 lemma|prep=feel|about 0.34 lemma|prep=feel|in -0.39
lemma|prep=feel|like -0.84 lemma|prep=fight|for -1.00 lemma|prep=fight|in -0.68
lemma|prep=file|against -0.31 lemma|prep=file|in 0.83 lemma|prep=fill|with 0.40
lemma|prep=find|on -0.58 lemma|prep=find|with 1.45 lemma|prep=finish|in -0.40 lemma|prep=fire|at
0.62 lemma|prep=fire|from 0.59 lemma|prep=fire|in -0.88 lemma|prep=flip|in -0.39
lemma|prep=fly|in 0.56 lemma|prep=fly|to -0.51 lemma|prep=fly|with 0.65 lemma|prep=focus|on 1.00
lemma|prep=follow|at -0.34 lemma|prep=follow|by 0.37 lemma|prep=follow|on -0.67
lemma|prep=follow|with -0.40 lemma|prep=frame|as 1.11 lemma|prep=get|behind 0.74
lemma|prep=get|from 1.09 lemma|prep=get|in 0.34 lemma|prep=get|into -0.38 lemma|prep=get|on 0.39
lemma|prep=get|to -0.53 lemma|prep=get|under 0.78 lemma|prep=get|with -0.32
lemma|prep=give|according -0.69 lemma|prep=give|as 1.40 lemma|prep=give|for 1.12
lemma|prep=give|in -0.96 lemma|prep=give|on 1.02 lemma|prep=give|to -0.54 lemma|prep=go|after
1.38 lemma|prep=go|against 0.45 lemma|prep=go|at -0.60 lemma|prep=go|beyond -0.36
lemma|prep=go|by 1.42 lemma|prep=go|from -0.44 lemma|prep=go|in -0.64 lemma|prep=go|into -0.83
lemma|prep=go|on 0.85 lemma|prep=go|out 2.66 lemma|prep=go|through -0.36 lemma|prep=go|to -1.30
lemma|prep=go|with 0.54 lemma|prep=go|without -0.43 lemma|prep=grab|in 0.34 lemma|prep=grow|in
-0.37 lemma|prep=have|according -1.18 lemma|prep=have|after -0.47 lemma|prep=have|at 1.19
lemma|prep=have|by -0.58 lemma|prep=have|for 1.01 lemma|prep=have|in 0.91
lemma|prep=have|including -0.48 lemma|prep=have|on -1.03 lemma|prep=have|to -0.52
lemma|prep=have|unlike 1.00 lemma|prep=have|until 0.52 lemma|prep=hear|about -0.34
lemma|prep=hear|from -0.57 lemma|prep=hear|in 1.28 lemma|prep=help|in -0.31 lemma|prep=hint|at
0.68 lemma|prep=hire|as 0.59 lemma|prep=hire|in 0.43 lemma|prep=hit|for 1.51 lemma|prep=hit|in
-0.31 lemma|prep=hit|with -0.75 lemma|prep=hold|at -0.82 lemma|prep=hold|on 0.42
lemma|prep=hold|since -0.31 lemma|prep=hold|to -0.58 lemma|prep=hop|for 1.35
lemma|prep=huddle|with -0.42 lemma|prep=identify|as 0.43 lemma|prep=include|in -0.42
lemma|prep=increase|in -0.42 lemma|prep=increase|to 0.65 lemma|prep=insist|on -0.32
lemma|prep=intervene|in -0.37 lemma|prep=interview|about 0.47 lemma|prep=introduce|to -1.44
lemma|prep=invest|in -0.49 lemma|prep=involve|in -0.42 lemma|prep=join|for -0.32
lemma|prep=join|in 0.69 lemma|prep=jump|into -0.37 lemma|prep=jump|on 0.31 lemma|prep=keep|for
-0.30 lemma|prep=keep|from -0.32 lemma|prep=keep|in 0.35 lemma|prep=keep|on 0.35
lemma|prep=keep|with -0.39 lemma|prep=kill|in -0.38 lemma|prep=knock|on 0.53
lemma|prep=knock|out -0.70 lemma|prep=know|about -0.51 lemma|prep=know|as 0.79
lemma|prep=know|for 0.74 lemma|prep=know|on -0.77 lemma|prep=know|to 0.44 lemma|prep=lag|behind
-0.34 lemma|prep=land|at 0.49 lemma|prep=land|in -0.63 lemma|prep=lash|at 0.73
lemma|prep=laugh|at -0.55 lemma|prep=launch|in -0.67 lemma|prep=lay|at 0.46 lemma|prep=lay|in
0.86 lemma|prep=lay|on -0.63 lemma|prep=lead|among -0.58 lemma|prep=lead|by -0.88
lemma|prep=lead|to -0.97 lemma|prep=learn|about -1.00 lemma|prep=learn|from -0.74
lemma|prep=learn|in 1.41 lemma|prep=leave|at 0.79 lemma|prep=leave|in -0.82 lemma|prep=leave|on
-0.32 lemma|prep=leave|with -0.38 lemma|prep=lie|about 0.50 lemma|prep=liken|to 0.70
lemma|prep=limit|to -0.36 lemma|prep=line|behind 1.07 lemma|prep=line|with -1.00
lemma|prep=listen|to -0.61 lemma|prep=list|in -0.71 lemma|prep=lock|in 0.56 lemma|prep=look|as
1.24 lemma|prep=look|at -0.35 lemma|prep=look|into -0.48 lemma|prep=look|on 0.60
lemma|prep=look|to 0.48 lemma|prep=make|according -1.17 lemma|prep=make|at -0.77
lemma|prep=make|before 0.35 lemma|prep=make|by -0.94 lemma|prep=make|into -0.46
lemma|prep=make|of 0.66 lemma|prep=make|on 0.48 lemma|prep=make|out -0.45
lemma|prep=make|without -0.34 lemma|prep=mark|as 1.78 lemma|prep=matter|to 0.53
lemma|prep=mean|by 0.92 lemma|prep=mean|in 0.82 lemma|prep=meet|at -0.57 lemma|prep=meet|for
-0.48 lemma|prep=mention|as -0.47 lemma|prep=mention|in 1.05 lemma|prep=mention|on -0.33
lemma|prep=mire|in -0.40 lemma|prep=move|in -0.39 lemma|prep=move|to -0.69 lemma|prep=name|as
0.50 lemma|prep=name|for -1.06 lemma|prep=need|in -0.38 lemma|prep=negotiate|with -0.47
lemma|prep=nominate|for 0.46 lemma|prep=note|in 0.44 lemma|prep=offer|as -1.10
lemma|prep=offer|in 0.45 lemma|prep=offer|on -0.55 lemma|prep=offer|to -0.30
lemma|prep=open|about 1.44 lemma|prep=open|in -0.59 lemma|prep=oppose|in 0.49
lemma|prep=oppose|to -1.38 lemma|prep=paint|as 1.03 lemma|prep=participate|in -0.57
lemma|prep=pass|for -0.33 lemma|prep=pass|in 0.50 lemma|prep=pass|through -0.32
lemma|prep=pass|with 0.77 lemma|prep=pay|by -0.38 lemma|prep=pay|for -1.08 lemma|prep=pay|on
-0.31 lemma|prep=pay|to 2.37 lemma|prep=perform|in -0.52 lemma|prep=pick|from 0.85
lemma|prep=pick|in -0.58 lemma|prep=pivot|to 0.34 lemma|prep=play|for -0.35 lemma|prep=play|with
0.74 lemma|prep=pledge|to 0.78 lemma|prep=point|at -0.52 lemma|prep=point|in -1.14
lemma|prep=point|to 0.64 lemma|prep=portray|as 0.41 lemma|prep=pose|for -0.40 lemma|prep=pose|to
0.50 lemma|prep=pour|into -0.46 lemma|prep=praise|in -0.96 lemma|prep=prefer|to -0.60
lemma|prep=present|as 1.20 lemma|prep=present|to -0.79 lemma|prep=present|with -0.55
lemma|prep=preside|over -0.38 lemma|prep=press|for 0.64 lemma|prep=prevail|in -0.41
lemma|prep=prove|to -0.54 lemma|prep=provide|for 0.33 lemma|prep=provide|in -0.46
lemma|prep=publish|in -0.50 lemma|prep=pull|in -0.36 lemma|prep=purchase|in 0.35
lemma|prep=pursue|in -0.31 lemma|prep=push|against 0.80 lemma|prep=push|for 1.78
lemma|prep=push|in -0.87 lemma|prep=push|to -0.62 lemma|prep=put|as 0.78 lemma|prep=put|at 0.64
lemma|prep=put|for -0.49 lemma|prep=put|in -0.33 lemma|prep=put|into -0.72 lemma|prep=put|on
0.37 lemma|prep=put|over -0.72 lemma|prep=put|through -0.36 lemma|prep=question|about -0.71
lemma|prep=quote|as 0.63 lemma|prep=rail|against 0.88 lemma|prep=raise|at 1.87
lemma|prep=raise|by -0.48 lemma|prep=raise|for -0.75 lemma|prep=raise|from -0.45
lemma|prep=rally|behind 0.67 lemma|prep=rally|in -0.33 lemma|prep=reach|for -0.44
lemma|prep=reach|in -0.50 lemma|prep=reach|with 0.35 lemma|prep=read|about -0.38
lemma|prep=recall|in -0.41 lemma|prep=receive|from 0.75 lemma|prep=receive|in -0.92
lemma|prep=receive|on 0.99 lemma|prep=recognize|as -0.53 lemma|prep=reduce|to 0.83
lemma|prep=refer|in -0.33 lemma|prep=refer|to 0.83 lemma|prep=reflect|in -0.37
lemma|prep=reflect|on 1.37 lemma|prep=regard|as 1.06 lemma|prep=register|in -0.58
lemma|prep=rein|in -0.31 lemma|prep=release|after 0.59 lemma|prep=release|to -0.59
lemma|prep=remain|despite 0.54 lemma|prep=remain|in -0.32 lemma|prep=remain|on 0.39
lemma|prep=remind|in 0.45 lemma|prep=remind|of -1.09 lemma|prep=reply|to -0.54
lemma|prep=report|from -1.74 lemma|prep=report|in 0.41 lemma|prep=report|on 1.08
lemma|prep=represent|for -0.53 lemma|prep=represent|in -0.55 lemma|prep=require|for -0.32
lemma|prep=require|in 0.80 lemma|prep=resign|from 0.65 lemma|prep=resign|in -0.43
lemma|prep=resonate|with 1.08 lemma|prep=respond|in -0.65 lemma|prep=respond|to 0.49
lemma|prep=result|in -0.56 lemma|prep=reveal|in 0.47 lemma|prep=rise|from 0.36
lemma|prep=rise|in -0.70 lemma|prep=rise|to -0.31 lemma|prep=root|for 0.36 lemma|prep=run|as
0.56 lemma|prep=run|for -0.84 lemma|prep=run|in 0.45 lemma|prep=run|on 0.31 lemma|prep=run|to
0.79 lemma|prep=say|about 1.18 lemma|prep=say|according -4.21 lemma|prep=say|before 0.35
lemma|prep=say|despite 0.35 lemma|prep=say|for 1.27 lemma|prep=say|from -0.36
lemma|prep=say|like 0.74 lemma|prep=say|over -0.30 lemma|prep=say|to -0.56 lemma|prep=say|with
0.63 lemma|prep=schedule|for -0.34 lemma|prep=search|for -0.39 lemma|prep=seem|for -0.78
lemma|prep=seem|like 0.78 lemma|prep=seem|to -0.59 lemma|prep=see|as 0.91 lemma|prep=see|at
-0.83 lemma|prep=see|for 1.04 lemma|prep=see|from -0.47 lemma|prep=see|since 0.47
lemma|prep=see|to -0.78 lemma|prep=see|with 0.69 lemma|prep=seize|on 0.32 lemma|prep=sell|to
0.54 lemma|prep=send|in -0.68 lemma|prep=send|to -1.11 lemma|prep=separate|from -0.41
lemma|prep=serve|in -0.64 lemma|prep=set|for -0.44 lemma|prep=set|in -0.47 lemma|prep=set|with
0.65 lemma|prep=shake|with -0.42 lemma|prep=share|in -1.17 lemma|prep=share|with -0.59
lemma|prep=shift|from -0.53 lemma|prep=shift|to 0.78 lemma|prep=show|by 0.96 lemma|prep=show|on
0.46 lemma|prep=show|with 0.89 lemma|prep=side|with 0.56 lemma|prep=sign|for -1.09
lemma|prep=sign|in 0.67 lemma|prep=sign|into 0.37 lemma|prep=sit|in -0.41 lemma|prep=sit|with
0.91 lemma|prep=slam|as -0.82 lemma|prep=slam|for 0.36 lemma|prep=sound|like -1.34
lemma|prep=speak|about 3.03 lemma|prep=speak|at -0.70 lemma|prep=speak|from -0.82
lemma|prep=speak|of 2.01 lemma|prep=speak|on -0.42 lemma|prep=speak|over -0.55
lemma|prep=speak|to -0.80 lemma|prep=speak|with -0.56 lemma|prep=spend|according -0.38
lemma|prep=spend|at -0.33 lemma|prep=spend|during -0.32 lemma|prep=spend|on -0.51
lemma|prep=spend|with -0.47 lemma|prep=split|on 0.87 lemma|prep=split|with -0.69
lemma|prep=spread|to -0.38 lemma|prep=stand|as 0.45 lemma|prep=stand|at -0.93
lemma|prep=stand|behind -0.31 lemma|prep=stand|by 1.23 lemma|prep=stand|for 0.58
lemma|prep=stand|on 0.66 lemma|prep=start|as -0.49 lemma|prep=start|at -0.67 lemma|prep=start|in
0.31 lemma|prep=start|on -0.31 lemma|prep=start|with 1.13 lemma|prep=state|in 0.30
lemma|prep=step|in -0.44 lemma|prep=struggle|in -0.40 lemma|prep=struggle|with -0.51
lemma|prep=subject|to -0.38 lemma|prep=submit|to -0.40 lemma|prep=succeed|in -0.31
lemma|prep=suggest|in 0.67 lemma|prep=suggest|to -1.01 lemma|prep=support|as -0.65
lemma|prep=support|at 1.06 lemma|prep=support|for 0.40 lemma|prep=support|in 0.30
lemma|prep=support|over -0.40 lemma|prep=support|with -0.56 lemma|prep=suspend|in 0.38
lemma|prep=take|after -0.87 lemma|prep=take|at 1.44 lemma|prep=take|before 0.49
lemma|prep=take|by -0.78 lemma|prep=take|for 0.72 lemma|prep=take|from -0.46 lemma|prep=take|in
0.41 lemma|prep=take|into -0.55 lemma|prep=take|of -1.09 lemma|prep=take|to 0.30
lemma|prep=take|with 0.39 lemma|prep=talk|about 1.25 lemma|prep=talk|at 0.64 lemma|prep=talk|for
-0.56 lemma|prep=talk|in -0.69 lemma|prep=talk|of 1.33 lemma|prep=talk|to -1.12
lemma|prep=talk|with -0.56 lemma|prep=target|at -0.33 lemma|prep=tell|according -2.20
lemma|prep=tell|after 0.32 lemma|prep=tell|at 0.69 lemma|prep=tell|before 0.63
lemma|prep=tell|by 0.61 lemma|prep=tell|on 0.39 lemma|prep=tell|to 0.32 lemma|prep=tell|with
-0.35 lemma|prep=thank|for 0.90 lemma|prep=think|about 0.79 lemma|prep=think|for -0.80
lemma|prep=think|of 0.64 lemma|prep=throw|at -0.60 lemma|prep=throw|behind 1.02
lemma|prep=throw|in -0.54 lemma|prep=throw|into -0.70 lemma|prep=throw|to 1.11 lemma|prep=tie|at
-0.63 lemma|prep=tie|in -0.61 lemma|prep=tie|to 0.83 lemma|prep=touch|on 1.46
lemma|prep=trace|to -0.60 lemma|prep=trade|for -0.48 lemma|prep=translate|into -0.31
lemma|prep=travel|to -0.32 lemma|prep=treat|as 0.61 lemma|prep=trounce|in -0.54
lemma|prep=trust|with -0.32 lemma|prep=try|at 0.31 lemma|prep=try|on -0.76
lemma|prep=turn|against 1.10 lemma|prep=turn|at 0.39 lemma|prep=turn|for -0.54
lemma|prep=turn|in -0.69 lemma|prep=turn|into -1.27 lemma|prep=turn|on -0.88 lemma|prep=turn|to
0.56 lemma|prep=turn|with -0.43 lemma|prep=tweet|after -0.51 lemma|prep=tweet|on 0.63
lemma|prep=unite|behind -0.31 lemma|prep=unite|in 0.48 lemma|prep=use|for -0.40
lemma|prep=use|in 0.60 lemma|prep=use|to -0.56 lemma|prep=use|with 1.15 lemma|prep=view|as 0.62
lemma|prep=vie|for 0.75 lemma|prep=vote|against 0.97 lemma|prep=vote|for 1.08 lemma|prep=vote|on
-1.13 lemma|prep=vouch|for 1.15 lemma|prep=wait|for -0.43 lemma|prep=want|in 0.75
lemma|prep=warn|in -0.66 lemma|prep=warn|of 0.56 lemma|prep=watch|for -0.34 lemma|prep=weigh|on
0.58 lemma|prep=welcome|as -0.90 lemma|prep=win|by 0.54 lemma|prep=win|from 2.57
lemma|prep=win|in -0.84 lemma|prep=win|on -0.40 lemma|prep=win|with -0.34 lemma|prep=win|without
0.79 lemma|prep=withdraw|from -0.69 lemma|prep=work|for -0.80 lemma|prep=work|on -0.46
lemma|prep=write|about 1.09 lemma|prep=write|at -0.73 lemma|prep=write|in 0.48
lemma|prep=write|on 0.50 lemma|prep=write|to -0.69 lemma|prep=zero|on 0.39
lemma|prep=’|according 2.70 lemma|prep=’|for -0.38 lemma|prep=’|in -0.68 lemma|prep=’|with -0.44
lemma|prt=add|up -0.42 lemma|prt=back|down -0.57 lemma|prt=break|down 0.48 lemma|prt=break|out
0.40 lemma|prt=break|up -0.32 lemma|prt=bring|in -0.63 lemma|prt=bring|up 1.53 lemma|prt=call|on
1.43 lemma|prt=carry|out -0.43 lemma|prt=catch|up 0.52 lemma|prt=come|in -0.66
lemma|prt=come|off -0.42 lemma|prt=come|out 1.61 lemma|prt=come|up 0.47 lemma|prt=cover|up -0.39
lemma|prt=crack|down -0.40 lemma|prt=dole|out -0.31 lemma|prt=double|down 0.48
lemma|prt=drop|out -0.38 lemma|prt=fire|up 0.31 lemma|prt=follow|up 0.76 lemma|prt=give|up -0.57
lemma|prt=go|on 1.42 lemma|prt=go|out 0.41 lemma|prt=go|up -0.42 lemma|prt=grow|up -0.48
lemma|prt=hold|back 0.50 lemma|prt=hold|off -0.45 lemma|prt=hold|up 0.43 lemma|prt=keep|up 0.51
lemma|prt=kick|off -0.36 lemma|prt=lash|out 0.42 lemma|prt=lay|off 0.73 lemma|prt=lay|out 1.03
lemma|prt=leave|out 0.86 lemma|prt=line|up 0.66 lemma|prt=lock|up -0.39 lemma|prt=make|up -1.07
lemma|prt=open|up 0.52 lemma|prt=pick|up -0.33 lemma|prt=play|down 1.78 lemma|prt=play|out -0.68
lemma|prt=point|out 0.94 lemma|prt=put|forth 0.92 lemma|prt=put|in -0.55 lemma|prt=put|up -1.03
lemma|prt=rack|up -0.31 lemma|prt=ramp|up -0.43 lemma|prt=rip|off -0.52 lemma|prt=roll|out 0.97
lemma|prt=seek|out -0.40 lemma|prt=send|out 0.78 lemma|prt=set|off -0.34 lemma|prt=show|up -0.94
lemma|prt=shrug|off 0.53 lemma|prt=shut|down -0.59 lemma|prt=sign|on -0.49 lemma|prt=single|out
0.77 lemma|prt=speak|out 1.04 lemma|prt=stand|up -0.43 lemma|prt=strike|down 0.57
lemma|prt=sum|up 0.57 lemma|prt=take|on -0.67 lemma|prt=take|over 0.32 lemma|prt=tamp|down 0.43
lemma|prt=team|up -0.53 lemma|prt=throw|in 0.36 lemma|prt=turn|down 0.76 lemma|prt=turn|out
-0.88 lemma|prt=turn|over -0.76 lemma|prt=weigh|in 0.66 lemma|prt=write|off -0.43
lemma|prt=zero|in 0.39 root 0.70 subject-word='s 2.12 subject-word=all 0.49 subject-word=another
0.79 subject-word=any -0.35 subject-word=anybody -0.89 subject-word=both 1.16
subject-word=everybody -2.00 subject-word=everything -0.71 subject-word=he 0.50 subject-word=him
0.68 subject-word=i -1.94 subject-word=neither 0.33 subject-word=nobody -0.91
subject-word=nothing 1.10 subject-word=she 0.40 subject-word=some 0.70 subject-word=somebody
-0.42 subject-word=someone -0.51 subject-word=something -0.46 subject-word=that -0.30
subject-word=themselves 0.65 subject-word=we -1.24 subject-word=what 0.44 subject-word=which
0.74 subject-word=who 0.31 subject-word=you -1.52 subject-word=’s -0.35 subject=ADJ 0.39
subject=ADV -0.75 subject=DATE -0.74 subject=EVENT 0.89 subject=GPE -0.30 subject=MONEY -1.12
subject=NORP 0.69 subject=NUM -0.83 subject=ORG 0.42 subject=PERSON 0.51 subject=PRODUCT 0.39
subject=PRON -0.40 subject=PROPN 0.42 subject=SCONJ -0.74 subject=TIME 0.99 subject=VERB -0.59
tag=VB -0.81 tag=VBD 0.35 that-clause 0.45
"""
